import { useMessages } from '../i18n/useMessages.js';

interface Props {
  readonly cameoCode: string | null;
  readonly cameoLabel: string | null;
  readonly ploverType: string;
}

/**
 * The event type's CAMEO and PLOVER codes, for readers who exchange data with GDELT, ICEWS or POLECAT users.
 * Folded by default: they are identifiers, not words, and CAMEO's label exists only in English.
 */
export function ExchangeCodes({ cameoCode, cameoLabel, ploverType }: Props) {
  const { t } = useMessages();
  return (
    <details className="exchange-codes">
      <summary>{t('event.codes')}</summary>
      <dl className="facts">
        <div>
          <dt>{t('event.cameo')}</dt>
          <dd>
            {cameoCode ? (
              <>
                <code>{cameoCode}</code>
                {cameoLabel && (
                  <span lang="en" dir="ltr">
                    {' '}
                    {cameoLabel}
                  </span>
                )}
              </>
            ) : (
              t('event.cameoNone')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('event.plover')}</dt>
          <dd>
            <code lang="en" dir="ltr">
              {ploverType}
            </code>
          </dd>
        </div>
      </dl>
    </details>
  );
}
