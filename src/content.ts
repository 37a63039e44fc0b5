/**
 * Everything the widget says, and the markup around it: change a sentence here and
 * nowhere else. The element (meta-ai-optout.ts) decides what is true now (phase, time
 * left, language, settings) and passes it in as a `WidgetView`; these functions only
 * turn that into a template.
 *
 * Every message rests on a claim of docs/sources.md, which names the message ids
 * (a test fails for a message that rests on none). When an English sentence changes,
 * every translation of it goes stale: see "Changing a sentence" in the README.
 */
import {html, nothing, type TemplateResult} from 'lit/html.js';
import {msg} from '@lit/localize';
import {LAYOUTS, type Theme, type Variant} from './attributes.js';
import type {Platform} from './facts.js';
import type {DeadlineText} from './format.js';

export interface WidgetView {
  /** The language shown, for `lang` on the widget's box. */
  readonly lang: string;
  readonly variant: Variant;
  readonly theme: Theme;
  /** 1 to 6; the explainer's topics take the next level. */
  readonly headingLevel: number;
  readonly status: StatusView;
  readonly links: readonly {readonly platform: Platform; readonly href: string}[];
  readonly moreInfoHref: string | undefined;
  /** The date the content was checked, for the footer. */
  readonly checkedOn: DeadlineText;
  readonly onLinkClick: (platform: Platform) => void;
}

export type StatusView =
  | {readonly phase: 'countdown'; readonly left: string; readonly deadline: DeadlineText}
  /** `advised`: the deadline is the default, the day consumer groups and regulators advised. */
  | {readonly phase: 'passed'; readonly deadline: DeadlineText; readonly advised: boolean};

type Heading = (part: string, content: unknown) => TemplateResult;
// One template per level: lit-html cannot bind a tag name, and lit/static-html would
// cost more bytes than these six lines (they compress to almost nothing).
const HEADINGS: Heading[] = [
  (part, content) => html`<h1 part=${part} class=${part}>${content}</h1>`,
  (part, content) => html`<h2 part=${part} class=${part}>${content}</h2>`,
  (part, content) => html`<h3 part=${part} class=${part}>${content}</h3>`,
  (part, content) => html`<h4 part=${part} class=${part}>${content}</h4>`,
  (part, content) => html`<h5 part=${part} class=${part}>${content}</h5>`,
  (part, content) => html`<h6 part=${part} class=${part}>${content}</h6>`,
];
const heading = (level: number, part: string, content: unknown) => HEADINGS[Math.min(level, 6) - 1](part, content);

const time = ({datetime, text}: DeadlineText) => html`<time datetime=${datetime}>${text}</time>`;

/** The whole widget. */
export function widget(view: WidgetView): TemplateResult {
  const {variant, theme, headingLevel: level, moreInfoHref} = view;
  const intro = html`<p class="intro">
    ${msg(
      'Meta trains its AI on the public posts of adults on Facebook and Instagram in the EU and EEA. It does not ask first: if you do nothing, your posts are used. Once posts have been used to train an AI model, they cannot be taken out again.',
      {
        id: 'intro',
        desc: 'Introduction under the status line: what happens and why objecting matters. "Posts" means public posts, never private messages.',
      },
    )}
  </p>`;
  const explainer = html`<div class="topics">${topics(level + 1)}${myths()}</div>`;
  const checkedOn = time(view.checkedOn);
  const buttons = view.links.filter(({platform}) => platform !== 'whatsapp');
  const whatsapp = view.links.find(({platform}) => platform === 'whatsapp');
  // Every supported language is written left to right; the page's own direction must
  // not reorder the widget's sentences (an English widget on a Hebrew page).
  // The frame is the visitor's default size; the box, the larger of that and the page's.
  // The one region landmark, named as its heading (the name is bound, not referenced by
  // id: the topic headings need none, and two copies of a folded one would repeat it).
  const title = headingText();
  return html`<div class="frame">
    <section part="base" class="base ${variant} ${theme}" lang=${view.lang} dir="ltr" aria-label=${title}>
      <div class="lead">
        ${heading(level, 'heading', title)}
        ${status(view.status)}
        <slot></slot>
      </div>
      <div class="act">
        <p class="how">
          ${msg('Log in first. You do not need to give a reason, and your e-mail address is already filled in.', {
            id: 'links.hint',
            desc: 'Short hint just above the form links: what to do before following them.',
          })}
        </p>
        ${
          buttons.length
            ? html`<ul part="links" class="links" aria-label=${msg('Objection forms', {id: 'links.label', desc: 'Accessible name of the list of form links (read by screen readers).'})}>
                ${buttons.map(({platform, href}) => html`<li>${link(platform, href, view.onLinkClick)}</li>`)}
              </ul>`
            : nothing
        }
        ${
          // What happens after the form, beside the buttons: never folded away.
          buttons.length
            ? html`<p>
                ${msg('Meta says it accepts every objection and confirms it by e-mail.', {
                  id: 'how.confirm',
                  desc: 'Explainer list item under "How to object". Keep "Meta says": it is Meta\'s promise.',
                })}
              </p>`
            : nothing
        }
        ${
          // Not an AI opt-out: a plain link under the buttons, not a third button.
          whatsapp ? html`<p class="other">${link('whatsapp', whatsapp.href, view.onLinkClick)}</p>` : nothing
        }
      </div>
      ${
        // The explanation comes after the buttons: on a phone they stay on the first screen.
        LAYOUTS[variant].readMore
          ? html`<details part="disclosure" class="more">
            <summary>${msg('Read more: what Meta uses and how to object', {id: 'more.toggle', desc: 'Summary of the section that opens to show the full explanation (compact and banner layouts).'})}</summary>
            ${intro}${explainer}
          </details>`
          : html`${intro}${explainer}`
      }
      <footer part="footer" class="footer">
        <p>
          ${msg(html`Information checked on ${checkedOn}`, {
            id: 'footer.checked',
            desc: 'Footer: the date the information was last checked against its sources. No full stop: some date formats end in one.',
          })}
        </p>
        ${
          moreInfoHref
            ? html`<p>
              <a href=${moreInfoHref} rel="noopener noreferrer" referrerpolicy="no-referrer"
                >${msg('More about your right to object', {id: 'footer.moreInfo', desc: 'Footer link to the host site\'s own article or its data protection authority. Says what it leads to: a links list reads it alone. "Right to object" as in your language\'s GDPR, Article 21.'})}</a
              >
            </p>`
            : nothing
        }
      </footer>
    </section>
  </div>`;
}

/**
 * The status says first what the visitor can do. Before the deadline: the time left,
 * the last day, how long it takes. After it: that they can still object, what that
 * does and does not do, and only then, as context, the date people were advised to
 * object by (it was advice, not a legal cut-off: the form never closed).
 */
function status(view: StatusView) {
  const when = time(view.deadline);
  if (view.phase === 'passed') {
    return html`<div part="status" class="status passed">
      <p class="hero">
        <strong class="lead">${stillPossible()}</strong>
      </p>
      <p>
        ${msg(
          'Meta says it will then stop using your public posts to train its AI. What it has already used stays in its AI models.',
          {
            id: 'status.passed.effect',
            desc: 'After the advised date: what objecting now does. Keep "Meta says": it is Meta\'s promise.',
          },
        )}
      </p>
      <p class="advised">
        ${
          // Who advised it and since when Meta trains, for the default day only: a
          // host's own date is the host's advice, and says no more than that.
          view.advised
            ? msg(
                html`Meta has trained its AI on public posts since 27 May 2025. Consumer groups and data protection authorities advised objecting by: ${when}`,
                {
                  id: 'status.passed.advisedDay',
                  desc: 'Context, last line after the advised date: since when Meta trains, and who advised objecting by which day (advice, not a legal deadline). "Posts" means public posts, never private messages. The placeholder is the day before the training began, a date; keep it after the colon so it needs no case ending. No full stop.',
                },
              )
            : msg(html`Advised deadline to object: ${when}`, {
                id: 'status.passed.advisedMoment',
                desc: 'As status.passed.advisedDay, when the host set a date and time instead of a day. The placeholder is a date, a time and a time zone. No full stop.',
              })
        }
      </p>
    </div>`;
  }
  const {left} = view;
  return html`<div part="status" class="status countdown">
    <p class="hero">
      <strong class="left"
        >${msg(html`${left} left to object.`, {id: 'status.left', desc: 'Countdown before the deadline, in bold. The placeholder is a duration from Intl, such as "12 days, 5 hours".'})}</strong
      >
    </p>
    <p>${deadlineLine(view.deadline)}</p>
    <p>${msg('It takes a few minutes.', {id: 'status.fewMinutes', desc: 'Countdown status: how long objecting takes.'})}</p>
  </div>`;
}

function deadlineLine(deadline: DeadlineText) {
  const when = time(deadline);
  return deadline.kind === 'last-day'
    ? msg(html`Last day: ${when}`, {
        id: 'status.lastDay',
        desc: 'The last day to object, a long date. No full stop: some date formats end in one.',
      })
    : msg(html`Deadline: ${when}`, {
        id: 'status.deadline',
        desc: 'The deadline as a date, time and time zone, used when the host set an hour that is not a midnight. No full stop.',
      });
}

const headingText = () =>
  msg('Meta AI and your posts: your right to object', {
    id: 'heading',
    desc: 'Main heading of the widget. "Posts" means public posts, never private messages.',
  });

const stillPossible = () =>
  msg('You can still object. It takes a few minutes.', {
    id: 'status.passed.lead',
    desc: 'First line after the advised date, in bold: objecting is still possible. Must not read as "too late".',
  });

/**
 * The widget in one sentence, for where a CMS keeps only text and links (the
 * snippet's readable forms): the heading, then what the reader can do. It says no time
 * left, which static text could not keep true.
 */
export function summary(view: WidgetView): TemplateResult {
  const {status} = view;
  return html`<strong>${headingText()}</strong> ${status.phase === 'passed' ? stillPossible() : deadlineLine(status.deadline)}`;
}

/** A form link's text, in the language rendering; also the snippet's fallback links. */
export function linkLabel(platform: Platform): string {
  const labels: Record<Platform, () => string> = {
    facebook: () => msg('Object on Facebook', {id: 'link.facebook', desc: 'Link to the Facebook objection form.'}),
    instagram: () => msg('Object on Instagram', {id: 'link.instagram', desc: 'Link to the Instagram objection form.'}),
    whatsapp: () =>
      msg('WhatsApp privacy request form (not for AI training)', {
        id: 'link.whatsapp',
        desc: "Link to WhatsApp's general data-rights form. It is NOT an AI-training opt-out; the label must say so.",
      }),
  };
  return labels[platform]();
}

function link(platform: Platform, href: string, onClick: (platform: Platform) => void) {
  return html`<a
    part="link link-${platform}"
    class="link ${platform}"
    href=${href}
    rel="noopener noreferrer"
    referrerpolicy="no-referrer"
    @click=${() => onClick(platform)}
    >${linkLabel(platform)}</a
  >`;
}

/** Topics folded behind their heading where the explainer has one column (a phone). */
const FOLDED = new Set(['not-used', 'how', 'no-form', 'whatsapp', 'after']);

/**
 * A folded topic is written twice: as a disclosure, shown only in one column, and as its
 * heading and list, shown only in two or three. CSS hides the other (display: none), so
 * no reader hears "collapsed" over text on screen and no tab stop does nothing, with or
 * without a script (the prerendered snippet has none). The topics are not landmarks: the
 * widget is one region, named by its heading.
 */
function topics(level: number) {
  const section = (id: string, title: string, items: string[]) => {
    const title_ = heading(level, 'topic-heading', title);
    const list = html`<ul>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>`;
    return html`<div class="topic" id=${id}>
      ${
        FOLDED.has(id)
          ? html`<details class="fold"><summary>${title_}</summary>${list}</details><div class="unfolded">${title_}${list}</div>`
          : html`${title_}${list}`
      }
    </div>`;
  };
  return html`<div part="explainer" class="explainer">
    ${[
      section('uses', msg('What Meta uses', {id: 'uses.title', desc: 'Explainer heading.'}), [
        msg('Your public posts, photos, videos, captions and comments, also public reels and stories', {
          id: 'uses.posts',
          desc: 'Explainer list item under "What Meta uses". Reels and stories as the apps call them in your language.',
        }),
        msg('Your name, username and profile picture', {
          id: 'uses.profile',
          desc: 'Explainer list item under "What Meta uses".',
        }),
        msg('What you do in public groups and on public pages', {
          id: 'uses.groups',
          desc: 'Explainer list item under "What Meta uses".',
        }),
        msg('Old public posts too, back to when you made your account', {
          id: 'uses.old',
          desc: 'Explainer list item under "What Meta uses".',
        }),
        msg('What you ask or tell Meta AI, the assistant in the apps', {
          id: 'uses.assistant',
          desc: 'Explainer list item under "What Meta uses".',
        }),
      ]),
      section('not-used', msg('What Meta says it does not use', {id: 'notUsed.title', desc: 'Explainer heading.'}), [
        msg('Private messages with friends and family, unless someone in the chat shares them with Meta AI', {
          id: 'notUsed.messages',
          desc: 'Explainer list item under "What Meta says it does not use".',
        }),
        msg('Accounts of people under 18', {
          id: 'notUsed.minors',
          desc: 'Explainer list item under "What Meta says it does not use".',
        }),
        msg('Anything that is not public', {
          id: 'notUsed.private',
          desc: 'Explainer list item under "What Meta says it does not use": content you have not made public.',
        }),
      ]),
      section('how', msg('How to object', {id: 'how.title', desc: 'Explainer heading.'}), [
        msg('There is one form for each app. You must be logged in.', {
          id: 'how.perApp',
          desc: 'Explainer list item under "How to object".',
        }),
        msg(
          'Are your Facebook and Instagram accounts linked in Accounts Centre? Then one objection covers both. Separate accounts each need their own.',
          {
            id: 'how.linked',
            desc: 'Explainer list item under "How to object". "Accounts Centre" is the name of the Meta settings page; use its name in the apps in your language.',
          },
        ),
      ]),
      section(
        'no-form',
        msg('The link does not open the form?', {
          id: 'noForm.title',
          desc: 'Explainer heading: help when a form link fails.',
        }),
        [
          msg(
            'In the app, go to Settings, then Privacy Centre, then AI at Meta. Or go to Settings, then Privacy Policy, and follow the link about your right to object.',
            {
              id: 'noForm.path',
              desc: 'Explainer: where to find the form in the app. Menu names as they appear in the apps in your language, if known.',
            },
          ),
          msg('The names of these menus differ between app versions and languages.', {
            id: 'noForm.labels',
            desc: 'Explainer: a warning that menu labels vary.',
          }),
        ],
      ),
      section('whatsapp', msg('WhatsApp', {id: 'whatsapp.title', desc: 'Explainer heading. Brand name.'}), [
        msg(
          'Your personal WhatsApp chats are end-to-end encrypted: Meta cannot read them. This does not cover messages you send to Meta AI, in a chat with it or with @Meta AI in a group. Those may be used.',
          {
            id: 'whatsapp.encrypted',
            desc: 'Explainer: what WhatsApp encryption does and does not cover. "@Meta AI" is how you mention the assistant in a group.',
          },
        ),
        msg(
          'In a chat, the "Advanced chat privacy" setting stops everyone in it from using its messages with AI features.',
          {
            id: 'whatsapp.advancedPrivacy',
            desc: "Explainer: a WhatsApp chat setting. Use the setting's name as WhatsApp shows it in your language, in quotes.",
          },
        ),
        msg(
          "The WhatsApp form that is shared online is WhatsApp's general form for privacy requests. It is not a form about AI training.",
          {
            id: 'whatsapp.form',
            desc: 'Explainer: what the WhatsApp form going around really is.',
          },
        ),
        msg('Tip: do not share personal information with Meta AI.', {
          id: 'whatsapp.tip',
          desc: 'Explainer: advice about Meta AI in WhatsApp.',
        }),
      ]),
      section('after', msg('After you object', {id: 'after.title', desc: 'Explainer heading.'}), [
        msg(
          'Meta says that from then on it stops using your public posts to train its AI, and your chats with Meta AI too.',
          {
            id: 'after.stops',
            desc: 'Explainer: what objecting does, as Meta says (others dispute the part about chats). Keep "Meta says".',
          },
        ),
        msg('Your objection does not cover posts about you, or photos of you, that other people share.', {
          id: 'after.others',
          desc: 'Explainer: what OTHER people post about you, or photos of you that they share, is not covered. It must not read as "your own posts when others re-share them".',
        }),
      ]),
    ]}
  </div>`;
}

function myths() {
  return html`<details part="disclosure" class="myths">
    <summary>${msg('Good to know', {id: 'myths.title', desc: 'Summary of a section that opens and closes, about common myths.'})}</summary>
    <ul>
      <li>
        ${msg(
          'The claim that Meta uses your private messages to train its AI from 16 December 2025 is false. That update uses your chats with Meta AI to choose the ads and content you see. Reports say it has not started in the EU.',
          {
            id: 'myths.dms',
            desc: 'Myth: a rumour about private messages and AI training. It is about TRAINING, not about whether Meta reads messages.',
          },
        )}
      </li>
      <li>
        ${msg('A "Goodbye Meta AI" post has no effect. Only the form counts.', {
          id: 'myths.goodbye',
          desc: 'Myth: a viral status post. Keep "Goodbye Meta AI" as it circulated in your language, if known.',
        })}
      </li>
    </ul>
  </details>`;
}
