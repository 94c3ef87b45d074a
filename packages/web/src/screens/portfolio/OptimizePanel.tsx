/** Optimise: saves pending constraint changes, asks the server's MILP for the best portfolio, shows it. */
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { OptimizeDocument } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { runOptimize } from './engine-calls';
import { OptimizeResultView } from './OptimizeResultView';
import { RunStatus } from './RunStatus';
import { SaveScenario } from './SaveScenario';
import { TrustWeightSwitch } from './TrustWeightSwitch';
import type { EngineRunControl } from './use-engine-run';
import type { PartnerChoice } from './workspace-data';

export interface OptimizePanelProps {
  readonly slug: string;
  readonly control: EngineRunControl<OptimizeDocument>;
  readonly partners: ReadonlyMap<string, PartnerChoice>;
  readonly unit: string;
  readonly objective: 'net' | 'score';
  readonly canRun: boolean;
  /** Saves the constraints form if it has changes; false when that failed. */
  readonly saveConstraints: () => Promise<boolean>;
  readonly onSaved: () => void;
}

export function OptimizePanel(props: OptimizePanelProps) {
  const { slug, control, partners, unit, objective, canRun } = props;
  const { t } = useI18n();
  const busy = control.run.phase === 'running' || control.run.phase === 'job';
  const [trustWeighted, setTrustWeighted] = useState(false);
  // What the result on screen was computed with (the switch may have moved since).
  const [ranWeighted, setRanWeighted] = useState(false);

  const optimise = async () => {
    if (!(await props.saveConstraints())) return;
    setRanWeighted(trustWeighted);
    await control.start(() => runOptimize(slug, { explain: true, trustWeighted }));
  };

  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('screen.portfolio.optimize.title')}</h2>}
      extra={
        <Button type="primary" onClick={() => void optimise()} loading={busy} disabled={!canRun}>
          {t('screen.portfolio.optimize.run')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('screen.portfolio.optimize.help')}
        </Typography.Paragraph>
        <TrustWeightSwitch id="optimize" checked={trustWeighted} onChange={setTrustWeighted} />
        <RunStatus slug={slug} control={control} />
        {control.last === undefined ? null : (
          <>
            {ranWeighted ? (
              <Typography.Text type="secondary">
                {t('screen.portfolio.trustWeighted.applied')}
              </Typography.Text>
            ) : null}
            <OptimizeResultView
              result={control.last}
              partners={partners}
              unit={unit}
              objective={objective}
            />
            <SaveScenario
              id="optimize"
              disabled={!canRun || busy}
              save={async (name) => {
                await runOptimize(slug, { explain: true, trustWeighted: ranWeighted }, name);
                props.onSaved();
              }}
            />
          </>
        )}
      </Flex>
    </Card>
  );
}
