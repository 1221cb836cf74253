import type { EntityPageQuery } from '../__generated__/graphql.js';
import { directionOf, LANGUAGES } from '../i18n/language.js';
import { pickText, uiLanguageOf } from '../i18n/localized.js';
import { useMessages } from '../i18n/useMessages.js';
import { EntityLink } from './EntityLink.js';
import { LocalizedTextView } from './LocalizedTextView.js';

type Entity = NonNullable<EntityPageQuery['entity']>;

/** Who or what the entity is: its names in the three languages, other spellings, country, description, Wikidata. */
export function EntitySummary({ entity }: { readonly entity: Entity }) {
  const { t, label, language } = useMessages();
  // The same spelling may be listed for several languages ('Hammouchi' in French and English): show it once.
  const aliases = entity.aliases.filter((alias, index) => entity.aliases.findIndex((other) => other.text === alias.text) === index);
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('entity.names')}</dt>
          <dd>
            <ul className="names">
              {LANGUAGES.filter((code) => entity.names[code]).map((code) => (
                <li key={code}>
                  <span className="muted">{label('Language', code.toUpperCase())}: </span>
                  <bdi lang={code} dir={directionOf(code)} data-testid={`entity-name-${code}`}>
                    {entity.names[code]}
                  </bdi>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {aliases.length > 0 && (
          <div>
            <dt>{t('entity.aliases')}</dt>
            <dd>
              <ul className="inline-list">
                {aliases.map((alias) => {
                  const code = uiLanguageOf(alias.language);
                  return (
                    <li key={`${alias.text}/${alias.language}`}>
                      <bdi lang={code} dir={directionOf(code)}>
                        {alias.text}
                      </bdi>
                    </li>
                  );
                })}
              </ul>
            </dd>
          </div>
        )}
        {entity.country && entity.country.id !== entity.id && (
          <div>
            <dt>{t('entity.country')}</dt>
            <dd>
              <EntityLink entity={entity.country} />
            </dd>
          </div>
        )}
        {entity.wikidataUrl && entity.wikidataId && (
          <div>
            <dt>{t('entity.wikidataLabel')}</dt>
            <dd>
              <a href={entity.wikidataUrl} rel="noopener noreferrer external" data-testid="wikidata-link">
                {t('entity.wikidata', { id: entity.wikidataId })}
              </a>
            </dd>
          </div>
        )}
      </dl>
      {pickText(entity.description, language) && (
        <p className="summary">
          <LocalizedTextView text={entity.description} />
        </p>
      )}
    </>
  );
}
