/** A small React 19 app that uses the widget as a React developer would. */
import {useState} from 'react';
import {createRoot} from 'react-dom/client';
import type {} from '../../src/react.js';

function App() {
  const [clicks, setClicks] = useState<string[]>([]);
  return (
    <main>
      <h1>Nieuws</h1>
      <meta-ai-optout
        lang="nl"
        platforms="facebook whatsapp"
        heading-level={3}
        variant="compact"
        now="2025-05-14T19:00:00+02:00"
        onmeta-ai-optout-link-click={(event) => setClicks((list) => [...list, event.detail.platform])}
      />
      <output id="clicks">{clicks.join(',')}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
