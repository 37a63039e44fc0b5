/**
 * The block's editor: a preview rendered by the server (the same PHP as the page, then
 * upgraded by the widget's script) and a sidebar for the element's settings. Plain
 * script on WordPress's own packages, so the plugin needs no build step of its own.
 */
(function (blocks, element, blockEditor, components, ServerSideRender, i18n) {
  const el = element.createElement;
  const {__} = i18n;
  const {languages, layouts, platforms, headingLevels} = window.metaAiOptout;
  const choices = (values) => values.map((value) => ({label: value, value}));

  blocks.registerBlockType('meta-ai-optout/widget', {
    edit({attributes, setAttributes}) {
      const text = (name, label, help) =>
        el(components.TextControl, {
          label,
          help,
          value: attributes[name],
          onChange: (value) => setAttributes({[name]: value}),
        });
      const shown = attributes.platforms.split(/\s+/).filter(Boolean);
      return el(
        element.Fragment,
        null,
        el(
          blockEditor.InspectorControls,
          null,
          el(
            components.PanelBody,
            {title: __('Widget', 'meta-ai-optout')},
            el(components.SelectControl, {
              label: __('Language', 'meta-ai-optout'),
              value: attributes.lang,
              options: [{label: __('The site’s language', 'meta-ai-optout'), value: ''}, ...choices(languages)],
              onChange: (lang) => setAttributes({lang}),
            }),
            el(components.SelectControl, {
              label: __('Layout', 'meta-ai-optout'),
              value: attributes.variant,
              options: Object.entries(layouts).map(([value, label]) => ({label, value})),
              onChange: (variant) => setAttributes({variant}),
            }),
            ...platforms.map((platform) =>
              el(components.CheckboxControl, {
                key: platform,
                label: platform,
                checked: shown.includes(platform),
                onChange: (on) =>
                  setAttributes({
                    platforms: platforms.filter((p) => (p === platform ? on : shown.includes(p))).join(' '),
                  }),
              }),
            ),
            el(components.SelectControl, {
              label: __('Heading level', 'meta-ai-optout'),
              value: attributes.headingLevel,
              options: choices(headingLevels),
              onChange: (headingLevel) => setAttributes({headingLevel}),
            }),
            el(components.TextareaControl, {
              label: __('Your own message (plain text)', 'meta-ai-optout'),
              value: attributes.message,
              onChange: (message) => setAttributes({message}),
            }),
            text('moreInfoHref', __('“More information” link (https)', 'meta-ai-optout')),
          ),
          el(
            components.PanelBody,
            {title: __('Advanced: form links', 'meta-ai-optout'), initialOpen: false},
            text(
              'facebookHref',
              __('Facebook form (https)', 'meta-ai-optout'),
              __('Empty: Meta’s official form.', 'meta-ai-optout'),
            ),
            text('instagramHref', __('Instagram form (https)', 'meta-ai-optout')),
            text('whatsappHref', __('WhatsApp form (https)', 'meta-ai-optout')),
          ),
        ),
        el('div', blockEditor.useBlockProps(), el(ServerSideRender, {block: 'meta-ai-optout/widget', attributes})),
      );
    },
    // Rendered by the server on every view, so a new release changes every post.
    save: () => null,
  });
})(
  window.wp.blocks,
  window.wp.element,
  window.wp.blockEditor,
  window.wp.components,
  window.wp.serverSideRender,
  window.wp.i18n,
);
