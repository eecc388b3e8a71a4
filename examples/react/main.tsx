// Annals in a React 19 application: React sets `data` as a property and listens to the
// `annals-*` events; annals/react-types types both in JSX.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'annals/define.js';
import type { DatasetInput, TimelineEvent } from 'annals';
import flagship from '../../data/kazakhstan-turkmenistan.json';

function App() {
  const [selected, setSelected] = useState<TimelineEvent | null>(null);
  const [range, setRange] = useState('');
  return (
    <main>
      <annals-timeline
        data={flagship as DatasetInput}
        max-lanes={4}
        onannals-select={(e) => setSelected(e.detail.event)}
        onannals-range-settle={(e) =>
          setRange(`${e.detail.start.toISOString().slice(0, 10)} – ${e.detail.end.toISOString().slice(0, 10)}`)
        }
      ></annals-timeline>
      <p id="selected">Selected: {selected ? selected.title : 'nothing'}</p>
      <p id="range">Showing: {range}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
