import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { fitPxPerYear, MAX_PX_PER_YEAR, MIN_PX_PER_YEAR, zoomed, type YearDomain } from './timeline-scale.js';

const DEFAULT_WIDTH = 720;

/**
 * The time axis's scale in pixels per year: at first the whole domain fits the track's width; each zoom step
 * doubles or halves it and scrolls so the date that was at the middle of the view stays there (right to left
 * too, where scrollLeft counts negative from the right edge).
 */
export function useAxisZoom(track: RefObject<HTMLDivElement>, domain: YearDomain | null, rtl: boolean) {
  const [zoom, setZoom] = useState<number | null>(null);
  const pendingCentre = useRef<number | null>(null);
  const pxPerYear = zoom ?? MIN_PX_PER_YEAR;

  useLayoutEffect(() => {
    if (zoom === null && domain) setZoom(fitPxPerYear(domain, (track.current?.clientWidth || DEFAULT_WIDTH) - 2));
  }, [zoom, domain, track]);

  useLayoutEffect(() => {
    const element = track.current;
    const centre = pendingCentre.current;
    if (!element || centre === null) return;
    pendingCentre.current = null;
    const offset = Math.max(0, centre * element.scrollWidth - element.clientWidth / 2);
    element.scrollLeft = rtl ? -offset : offset;
  }, [pxPerYear, rtl, track]);

  const zoomBy = (direction: 1 | -1) => {
    const next = zoomed(pxPerYear, direction);
    const element = track.current;
    if (next === pxPerYear) return;
    if (element) pendingCentre.current = (Math.abs(element.scrollLeft) + element.clientWidth / 2) / element.scrollWidth;
    setZoom(next);
  };

  return { pxPerYear, zoomBy, canZoomIn: pxPerYear < MAX_PX_PER_YEAR, canZoomOut: pxPerYear > MIN_PX_PER_YEAR };
}
