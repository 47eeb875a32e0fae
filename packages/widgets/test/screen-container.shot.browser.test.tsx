import { it } from 'vitest';
import { page } from 'vitest/browser';
import hotline from '../../../data/feeds/hotline.json';
import { Panel } from '../src/decor/Panel.js';
import { Header } from '../src/Header/Header.js';
import { type MessageKey, translate } from '../src/i18n/messages.js';
import { KpiCard } from '../src/KpiCard/KpiCard.js';
import { ScrollBoard } from '../src/ScrollBoard/ScrollBoard.js';
import type { PipelineCase } from '../src/StagePipeline/compute.js';
import { StagePipeline } from '../src/StagePipeline/StagePipeline.js';
import { ScreenContainer } from '../src/screen/ScreenContainer.js';
import { countLights } from '../src/TrafficLights/compute.js';
import { TrafficLights } from '../src/TrafficLights/TrafficLights.js';
import { OnescreenProvider } from '../src/theme/OnescreenProvider.js';
import { mount, shotNow } from './base-harness.js';

const cases = hotline.data.cases;
const latest = cases
  .slice(-12)
  .map((c) => ({
    id: c.id,
    town: c.townName,
    stage: translate('zh-CN', `pipeline.stage.${c.stage}` as MessageKey),
  }));

it('screenshot: a 1920×1080 design fitted into a 1280×720 card', async () => {
  const m = await mount(
    <OnescreenProvider reducedMotion>
      <ScreenContainer>
        <div
          style={{
            display: 'grid',
            gridTemplateRows: '72px 1fr',
            height: '100%',
            background: 'var(--os-bg)',
          }}
        >
          <Header title="杭嘉基层治理 一屏览全域" now={shotNow} />
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: '480px 1fr 480px',
              gap: 16,
              padding: 16,
            }}
          >
            <Panel title="信访 petitions">
              <div style={{ display: 'flex', gap: 24 }}>
                <KpiCard
                  label="信访总量"
                  value={864}
                  unit="件"
                  period="2022年"
                  changePct={-13.6}
                  changeLabel="同比"
                  goodDirection="down"
                />
                <KpiCard label="劝返人次" value={9186} unit="人次" period="2022年" />
              </div>
            </Panel>
            <Panel title="12345 热线">
              <StagePipeline cases={cases as PipelineCase[]} />
              <TrafficLights counts={countLights(cases)} />
            </Panel>
            <Panel title="最新工单">
              <ScrollBoard
                title="最新 12345 工单"
                visibleRows={8}
                columns={[
                  { key: 'id', title: '工单号', width: '150px' },
                  { key: 'town', title: '街道' },
                  { key: 'stage', title: '环节' },
                ]}
                rows={latest}
              />
            </Panel>
          </div>
        </div>
      </ScreenContainer>
    </OnescreenProvider>,
    'width:1280px;height:720px',
  );
  await page.screenshot({ element: m.el, path: '../docs/screenshots/ScreenContainer.png' });
  await m.unmount();
});
