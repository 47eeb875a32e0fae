import { Fragment } from 'react';
import { guardWidget } from '../frame/guardWidget.js';
import type { WidgetStatus } from '../frame/types.js';
import { WidgetFrame } from '../frame/WidgetFrame.js';
import { useT } from '../i18n/context.js';
import type { PipelineCase, StageFigures } from './compute.js';
import { useStagePipeline } from './useStagePipeline.js';

/** Props of StagePipeline. */
export interface StagePipelineProps {
  /** Cases with the time each stage was reached (the hotline feed's `cases` fit as they are). */
  cases?: readonly PipelineCase[] | undefined;
  /** Stage figures worked out already (a binding's stages view); win over `cases`. */
  stages?: readonly StageFigures[] | undefined;
  /** One-line title; "12345 热线办理流程" by default. */
  title?: string;
  /** Feed status. */
  status?: WidgetStatus;
  /** Extra class on the root. */
  className?: string;
}

/** The five-stage 12345 workflow: cases per stage, conversion between stages, mean dwell. */
export const StagePipeline = guardWidget(
  'StagePipeline',
  function StagePipeline(props: StagePipelineProps) {
    const t = useT();
    const title = props.title ?? t('pipeline.title');
    const { stages, table } = useStagePipeline(props, title);
    return (
      <WidgetFrame
        name="StagePipeline"
        title={title}
        status={props.status}
        empty={stages.every((s) => s.count === 0)}
        table={table}
        className={props.className}
      >
        {/* The box is a size container: below ~600 px the stages stack into rows (styles.css). */}
        <div className="os-pipeline-box">
          <ol className="os-pipeline" aria-hidden="true">
            {stages.map((s, i) => (
              <Fragment key={s.stage}>
                {i > 0 && (
                  <li className="os-pipeline__link" data-conversion={s.conversion ?? undefined}>
                    <span className="os-pipeline__arrow">→</span>
                    <span>{s.conversionText ?? '–'}</span>
                  </li>
                )}
                <li className="os-pipeline__stage" data-stage={s.stage}>
                  <span className="os-pipeline__name">{s.name}</span>
                  <span className="os-pipeline__count">{s.countText}</span>
                  <span className="os-pipeline__dwell">{s.dwellText}</span>
                </li>
              </Fragment>
            ))}
          </ol>
        </div>
      </WidgetFrame>
    );
  },
  { shapes: { cases: 'list', stages: 'list' } },
);
