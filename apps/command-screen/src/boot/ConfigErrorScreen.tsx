import { useEffect } from 'react';
import type { ConfigFault } from '../config/validate.js';
import { type AppLang, tr } from '../i18n/text.js';

/** Props of ConfigErrorScreen. */
export interface ConfigErrorScreenProps {
  /** Where the config came from. */
  source: string;
  /** Every fault found. */
  faults: readonly ConfigFault[];
  /** Language of the messages. */
  lang: AppLang;
}

/**
 * Full-screen list of config faults: a wall with a bad config says exactly what to fix
 * instead of going blank. Fault text comes from the document, so it is rendered as text.
 */
export function ConfigErrorScreen({ source, faults, lang }: ConfigErrorScreenProps) {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.screenError = 'config';
    // Nothing is loading any more: the error screen is what this wall shows.
    root.dataset.screenReady = 'true';
  }, []);
  // Faults of a boundary file name that file in their own column; config faults leave it out.
  const withFiles = faults.some((f) => f.file !== undefined);
  return (
    <main className="cs-config-error" data-widget="ConfigError" data-state="error">
      {/* The heading is announced as an alert at once; the table of faults follows. */}
      <div role="alert">
        <h1>{tr(lang, 'configErrorTitle')}</h1>
      </div>
      <p className="cs-config-error__lead">
        {tr(lang, 'configErrorLead')}{' '}
        <span className="cs-config-error__count">{faults.length}</span>
      </p>
      <p className="cs-config-error__source">
        {tr(lang, 'configSource')}: <code>{source}</code>
      </p>
      <table>
        <thead>
          <tr>
            {withFiles && <th scope="col">{tr(lang, 'file')}</th>}
            <th scope="col">{tr(lang, 'path')}</th>
            <th scope="col">{tr(lang, 'problem')}</th>
          </tr>
        </thead>
        <tbody>
          {faults.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: faults are a fixed list; two can share a path
            <tr key={i} data-fault-path={f.path} data-fault-file={f.file}>
              {withFiles && (
                <td>
                  <code>{f.file ?? ''}</code>
                </td>
              )}
              <td>
                <code>{f.path || tr(lang, 'wholeDocument')}</code>
              </td>
              <td>{f.text?.[lang] ?? f.problem}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
