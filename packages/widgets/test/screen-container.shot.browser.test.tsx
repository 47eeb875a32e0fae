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
const latest = cases.slice(-12).map((c) => ({
  id: c.id,
  town: c.townName,
  stage: c.stage,
}));

function screen(theme: 'dark' | 'light', lang: 'zh-CN' | 'en') {
  const zh = lang === 'zh-CN';
  return (
    <OnescreenProvider reducedMotion theme={theme} lang={lang}>
      <ScreenContainer>
        <div
          style={{
            display: 'grid',
            gridTemplateRows: '72px 1fr',
            height: '100%',
            background: 'var(--os-bg)',
          }}
        >
          <Header
            title={zh ? '杭嘉基层治理 一屏览全域' : 'Hangzhou–Jiaxing grassroots governance'}
            now={shotNow}
          />
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: '480px 1fr 480px',
              gap: 16,
              padding: 16,
            }}
          >
            <Panel title={zh ? '信访' : 'Petitions'}>
              <div style={{ display: 'flex', gap: 24 }}>
                <KpiCard
                  label={zh ? '信访总量' : 'Petitions'}
                  value={864}
                  unit={zh ? '件' : 'cases'}
                  period={zh ? '2022年' : '2022'}
                  changePct={-13.6}
                  changeLabel={zh ? '同比' : 'YoY'}
                  goodDirection="down"
                />
                <KpiCard
                  label={zh ? '劝返人次' : 'Dissuaded'}
                  value={9186}
                  unit={zh ? '人次' : 'people'}
                  period={zh ? '2022年' : '2022'}
                />
              </div>
            </Panel>
            <Panel title={zh ? '12345 热线' : '12345 hotline'}>
              <StagePipeline cases={cases as PipelineCase[]} />
              <TrafficLights counts={countLights(cases)} />
            </Panel>
            <Panel title={zh ? '最新工单' : 'Latest cases'}>
              <ScrollBoard
                title={zh ? '最新 12345 工单' : 'Latest 12345 cases'}
                visibleRows={8}
                columns={[
                  { key: 'id', title: zh ? '工单号' : 'Case', width: '150px' },
                  { key: 'town', title: zh ? '街道' : 'Town' },
                  { key: 'stage', title: zh ? '环节' : 'Stage' },
                ]}
                rows={latest.map((r) => ({
                  ...r,
                  stage: translate(lang, `pipeline.stage.${r.stage}` as MessageKey),
                }))}
              />
            </Panel>
          </div>
        </div>
      </ScreenContainer>
    </OnescreenProvider>
  );
}

it('screenshot: a 1920×1080 design fitted into a 1280×720 card', async () => {
  const m = await mount(screen('dark', 'zh-CN'), 'width:1280px;height:720px');
  await page.screenshot({ element: m.el, path: '../docs/screenshots/ScreenContainer.png' });
  await m.unmount();
});

it('screenshot: light theme in English', async () => {
  const m = await mount(screen('light', 'en'), 'width:1280px;height:720px');
  await page.screenshot({
    element: m.el,
    path: '../docs/screenshots/ScreenContainer-light-en.png',
  });
  await m.unmount();
});
