// Progress per area as bars: a picture to read at a glance, with every number also given as text.
import { useShallow } from 'zustand/react/shallow';
import { useMessages, usePlanAreas } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook } from '../store/use-workbook';
import { areaProgress } from '../workbook/progress';

const ROW = 28;
const LABEL = 150;
const WIDTH = 520;
const BAR = WIDTH - LABEL - 48;

export function ProgressChart() {
  const t = useMessages();
  const areas = usePlanAreas();
  const rows = useWorkbook(useShallow((s) => areas.map((area) => areaProgress(selectWorkbook(s), area.id).percent)));
  const lowest = rows.reduce((low, percent, index) => (percent < (rows[low] ?? 101) ? index : low), 0);
  const summary = `${t.next.chartTitle}: ${areas.map((area, i) => `${area.name} ${rows[i]}%`).join(', ')}. ${t.next.chartSummary(areas[lowest]?.name ?? '', rows[lowest] ?? 0)}`;

  return (
    <figure className="chart">
      <figcaption className="chart__caption">{t.next.chartTitle}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${ROW * areas.length}`} role="img" aria-label={summary} className="chart__svg">
        {areas.map((area, index) => {
          const percent = rows[index] ?? 0;
          const y = index * ROW;
          return (
            <g key={area.id} transform={`translate(0 ${y})`}>
              <text x={LABEL - 8} y={ROW / 2} className="chart__label" textAnchor="end" dominantBaseline="middle">
                {chartLabel(area.name)}
              </text>
              <rect x={LABEL} y={6} width={BAR} height={ROW - 12} rx={4} className="chart__track" />
              <rect x={LABEL} y={6} width={(BAR * percent) / 100} height={ROW - 12} rx={4} className="chart__bar" />
              <text x={LABEL + BAR + 8} y={ROW / 2} className="chart__value" dominantBaseline="middle">
                {percent}%
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** An imported guide's section titles can be long; the label column holds about this many letters, the full names are in the summary. */
function chartLabel(name: string): string {
  const letters = [...name];
  return letters.length > 12 ? `${letters.slice(0, 11).join('')}…` : name;
}
