/** A small SVG bar chart; the figure's summary is its accessible name and a table gives every value. */
import { useId } from 'react';
import { countTicks, layoutBars } from './chart-scale';

export interface BarDatum {
  label: string;
  /** Short axis label, shown under some bars. */
  tick: string;
  value: number;
  /** What the table and the tooltip show for this bar. */
  display: string;
}

const WIDTH = 320;
const HEIGHT = 150;
/** Room left of the plot for the tick labels: "100 %" in French (with its space) must fit whole. */
const AXIS = 44;
const BOTTOM = 22;
/** Room above the plot for the top tick's label. */
const TOP = 8;
const LABEL_EVERY = 3;

export function BarChart(props: {
  data: readonly BarDatum[];
  top: number;
  summary: string;
  tickLabel: (value: number) => string;
  tableLabel: string;
  columns: [string, string];
  /** Grid lines; whole numbers up to `top` by default. */
  ticks?: readonly number[];
  className?: string;
}) {
  const { data, top, summary, tickLabel, tableLabel, columns } = props;
  const summaryId = useId();
  const plotWidth = WIDTH - AXIS;
  const plotHeight = HEIGHT - BOTTOM - TOP;
  const bars = layoutBars(
    data.map((datum) => datum.value),
    { width: plotWidth, height: plotHeight, gap: 3 },
    top,
  );
  return (
    <figure className={`relais-chart ${props.className ?? ''}`} aria-describedby={summaryId}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} className="relais-chart__svg">
        {(props.ticks ?? countTicks(top)).map((tick) => {
          const y = TOP + plotHeight - (tick / top) * plotHeight;
          return (
            <g key={tick} aria-hidden="true">
              <line x1={AXIS} x2={WIDTH} y1={y} y2={y} className="relais-chart__grid" />
              <text x={AXIS - 6} y={y + 4} textAnchor="end" className="relais-chart__tick">
                {tickLabel(tick)}
              </text>
            </g>
          );
        })}
        {bars.map((bar, i) => (
          <g key={data[i]!.label} aria-hidden="true">
            <rect x={AXIS + bar.x} y={TOP + bar.y} width={bar.width} height={bar.height} className="relais-chart__bar">
              <title>{`${data[i]!.label}: ${data[i]!.display}`}</title>
            </rect>
            {i % LABEL_EVERY === 0 ? (
              <text x={AXIS + bar.x + bar.width / 2} y={HEIGHT - 6} textAnchor="middle" className="relais-chart__tick">
                {data[i]!.tick}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption id={summaryId}>{summary}</figcaption>
      <details className="relais-chart__table">
        <summary>{tableLabel}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{columns[0]}</th>
              <th scope="col">{columns[1]}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.label}>
                <th scope="row">{datum.label}</th>
                <td>{datum.display}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
