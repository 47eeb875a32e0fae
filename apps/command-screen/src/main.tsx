import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@fontsource/barlow/500.css';
import '@fontsource/barlow/600.css';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';

/** The one honest panel shown until the real widgets land. */
function Placeholder() {
  useEffect(() => {
    // Every widget on this screen has left `loading` once this one mounted.
    document.documentElement.dataset.screenReady = 'true';
  }, []);
  return (
    <section
      data-widget="Placeholder"
      data-state="ready"
      style={{
        margin: '10vh auto',
        width: '60vw',
        padding: '4vh 3vw',
        border: '1px solid #1e90c8',
        color: '#cfe8ff',
        fontFamily: '"Noto Sans SC", sans-serif',
        textAlign: 'center',
      }}
    >
      <h1 style={{ fontSize: '2.4vw', margin: 0 }}>杭嘉基层治理 一屏览全域</h1>
      <p style={{ fontSize: '1.1vw' }}>大屏组件建设中 · The screen's widgets are being built</p>
    </section>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Placeholder />
    </StrictMode>,
  );
}
