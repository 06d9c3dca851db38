import { GET_DATASET_INFO } from './modules/core/graphql/queries/getDatasetInfo';
import { prefetchQuery } from './modules/core/hooks/useQuery';
import { preloadOverviewCode, prefetchOverview } from './modules/overview/utils/prefetchOverview';

// Every page needs the dataset facts first: ask for them while React starts, and as soon as they are known
// ask for the overview's data (the default view) instead of waiting for React to render and request it.
// A failure is left to the hooks, which ask again and show the error.
prefetchQuery(GET_DATASET_INFO).then(prefetchOverview, () => undefined);
preloadOverviewCode();
