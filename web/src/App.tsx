import { lazy, Suspense, useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { Layout } from './components/Layout.js';
import { PageLoading } from './components/PageLoading.js';
import { directionOf, useLanguage } from './i18n/language.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { SearchPage } from './pages/SearchPage.js';

// Pages are loaded when first visited, so the search page (where most readers start) does not carry the graph
// library; the entity page and the embeds share one chunk with Cytoscape.
const EntityPage = lazy(() => import('./pages/EntityPage.js').then((module) => ({ default: module.EntityPage })));
const EventPage = lazy(() => import('./pages/EventPage.js').then((module) => ({ default: module.EventPage })));
const SourcePage = lazy(() => import('./pages/SourcePage.js').then((module) => ({ default: module.SourcePage })));
const PathsPage = lazy(() => import('./pages/PathsPage.js').then((module) => ({ default: module.PathsPage })));
const AboutPage = lazy(() => import('./pages/AboutPage.js').then((module) => ({ default: module.AboutPage })));
const EmbedTimelinePage = lazy(() => import('./pages/EmbedTimelinePage.js').then((module) => ({ default: module.EmbedTimelinePage })));
const EmbedGraphPage = lazy(() => import('./pages/EmbedGraphPage.js').then((module) => ({ default: module.EmbedGraphPage })));
const EmbedPathPage = lazy(() => import('./pages/EmbedPathPage.js').then((module) => ({ default: module.EmbedPathPage })));

/** Keeps <html lang dir> in step with the URL's language. */
function useDocumentLanguage(): void {
  const language = useLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
  }, [language]);
}

/** The explorer's routes (the server answers each with index.html); embeds get no site chrome. */
export function App() {
  useDocumentLanguage();
  return (
    <Suspense fallback={<PageLoading />}>
      <Switch>
        <Route path="/embed/timeline/:id" component={EmbedTimelinePage} />
        <Route path="/embed/graph/:id" component={EmbedGraphPage} />
        <Route path="/embed/path" component={EmbedPathPage} />
        <Route>
          <Layout>
            <Suspense fallback={<PageLoading />}>
              <Switch>
                <Route path="/" component={SearchPage} />
                <Route path="/search" component={SearchPage} />
                <Route path="/entity/:id" component={EntityPage} />
                <Route path="/event/:id" component={EventPage} />
                <Route path="/source/:id" component={SourcePage} />
                <Route path="/paths" component={PathsPage} />
                <Route path="/about" component={AboutPage} />
                <Route component={NotFoundPage} />
              </Switch>
            </Suspense>
          </Layout>
        </Route>
      </Switch>
    </Suspense>
  );
}
