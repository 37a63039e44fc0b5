/** Names of languages, shared by the demo and the review gallery. */

/** The language's name in itself, capitalised for a list: "Nederlands", "Français". */
export function ownName(locale) {
  try {
    const name = new Intl.DisplayNames([locale], {type: 'language'}).of(locale) ?? locale;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return locale;
  }
}
