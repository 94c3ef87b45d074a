/**
 * One ECharts chart as a React component: created on mount, given the new option on each
 * change, resized with its box, disposed on unmount; in the app's theme (dark or light)
 * and language. The chart is a canvas, so `label` (required) names it for screen readers
 * and ECharts' aria module describes its data.
 *
 *   <EChart label={t('screen.dashboard.histogram')} option={{ xAxis: ..., series: [...] }} />
 */
import { type CSSProperties, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useTheme } from '../theme/ThemeProvider';
import { type ChartOption, echarts } from './echarts';

export interface EChartProps {
  readonly option: ChartOption;
  readonly label: string;
  readonly height?: number;
  readonly style?: CSSProperties;
  /** A click on a data item (a bar, a point, a node). */
  readonly onItemClick?: (params: echarts.ECElementEvent) => void;
}

export default function EChart({ option, label, height = 320, style, onItemClick }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<echarts.ECharts | null>(null);
  const { mode } = useTheme();
  const { locale } = useI18n();

  // A new theme or language needs a new instance (ECharts fixes both at init).
  useEffect(() => {
    const element = box.current;
    if (element === null) return;
    const instance = echarts.init(element, mode === 'dark' ? 'dark' : undefined, {
      locale: locale === 'zh-CN' ? 'ZH' : 'EN',
    });
    setChart(instance);
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      setChart(null);
    };
  }, [mode, locale]);

  useEffect(() => {
    chart?.setOption(
      { backgroundColor: 'transparent', aria: { enabled: true }, ...option },
      { notMerge: true },
    );
  }, [chart, option]);

  useEffect(() => {
    if (chart === null || onItemClick === undefined) return;
    chart.on('click', onItemClick);
    return () => {
      chart.off('click', onItemClick);
    };
  }, [chart, onItemClick]);

  return (
    <div ref={box} role="img" aria-label={label} style={{ height, width: '100%', ...style }} />
  );
}
