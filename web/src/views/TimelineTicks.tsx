import { Fragment } from 'react';
import { monthTicks, yearTicks, type TimeScale, type YearDomain } from './timeline-scale.js';

interface TimelineTicksProps {
  readonly scale: TimeScale;
  readonly domain: YearDomain;
  /** The height of the strip the year labels sit in, above the lanes. */
  readonly headerHeight: number;
}

/** A line at the start of every year with the year's number over its middle, and month lines when zoomed in. */
export function TimelineTicks({ scale, domain, headerHeight }: TimelineTicksProps) {
  return (
    <>
      {monthTicks(scale, domain).map((x) => (
        <div key={`m${x}`} className="tl-tick tl-tick--month" style={{ left: x, top: headerHeight - 6 }} />
      ))}
      {yearTicks(scale, domain).map((tick) => (
        <Fragment key={tick.year}>
          <div className="tl-tick tl-tick--year" style={{ left: tick.x }} />
          {tick.labelled && (
            <div className="tl-year" style={{ left: tick.labelX }}>
              {tick.year}
            </div>
          )}
        </Fragment>
      ))}
    </>
  );
}
