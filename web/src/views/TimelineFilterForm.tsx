import type { ChangeEvent } from 'react';
import { label } from '../../../src/domain/labels.js';
import { CheckboxGroup } from './CheckboxGroup.js';
import { viewMessage } from './messages.js';
import { EVENT_TYPE_COLOUR } from './palette.js';
import { DEFAULT_TIMELINE_FILTERS, hasActiveFilters, type TimelineFacets } from './timeline-filter.js';
import type { TimelineFilters, TimelineSort, UiLanguage } from './types.js';

interface TimelineFilterFormProps {
  readonly language: UiLanguage;
  readonly facets: TimelineFacets;
  readonly filters: TimelineFilters;
  readonly onFiltersChange: (filters: TimelineFilters) => void;
  readonly sort: TimelineSort;
  readonly onSortChange: (sort: TimelineSort) => void;
}

/** The timeline's filters (type, statement kind, status, years) and its order. */
export function TimelineFilterForm({ language, facets, filters, onFiltersChange, sort, onSortChange }: TimelineFilterFormProps) {
  const t = (key: Parameters<typeof viewMessage>[0]) => viewMessage(key, language);
  const hint = t('noneCheckedMeansAll');
  const year = (key: 'fromYear' | 'toYear') => (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.currentTarget.value.trim();
    const value = text === '' ? null : Number(text);
    if (value === null || Number.isInteger(value)) onFiltersChange({ ...filters, [key]: value });
  };
  return (
    <form className="tl-filters" aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
      <CheckboxGroup
        name="type"
        legend={t('eventType')}
        hint={hint}
        options={facets.types.map((code) => ({ value: code, label: label('EventType', code, language), colour: EVENT_TYPE_COLOUR[code] }))}
        selected={filters.types}
        onChange={(types) => onFiltersChange({ ...filters, types })}
      />
      <CheckboxGroup
        name="statementKind"
        legend={t('statementKind')}
        hint={hint}
        options={facets.statementKinds.map((code) => ({ value: code, label: label('StatementKind', code, language) }))}
        selected={filters.statementKinds}
        onChange={(statementKinds) => onFiltersChange({ ...filters, statementKinds })}
      />
      <CheckboxGroup
        name="status"
        legend={t('status')}
        hint={hint}
        options={facets.statuses.map((code) => ({ value: code, label: label('EvidenceStatus', code, language) }))}
        selected={filters.statuses}
        onChange={(statuses) => onFiltersChange({ ...filters, statuses })}
      />
      <fieldset className="tl-years">
        <legend>{t('dateRange')}</legend>
        <label>
          <span>{t('fromYear')}</span>
          <input type="number" inputMode="numeric" step={1} name="from" value={filters.fromYear ?? ''} onChange={year('fromYear')} />
        </label>
        <label>
          <span>{t('toYear')}</span>
          <input type="number" inputMode="numeric" step={1} name="to" value={filters.toYear ?? ''} onChange={year('toYear')} />
        </label>
      </fieldset>
      <div className="tl-form-end">
        <label className="tl-sort">
          <span>{t('order')}</span>
          <select name="sort" value={sort} onChange={(event) => onSortChange(event.currentTarget.value === 'desc' ? 'desc' : 'asc')}>
            <option value="asc">{t('oldestFirst')}</option>
            <option value="desc">{t('newestFirst')}</option>
          </select>
        </label>
        <button
          type="button"
          className="views-button"
          disabled={!hasActiveFilters(filters)}
          onClick={() => onFiltersChange(DEFAULT_TIMELINE_FILTERS)}
        >
          {t('resetFilters')}
        </button>
      </div>
    </form>
  );
}
