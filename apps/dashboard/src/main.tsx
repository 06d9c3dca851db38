import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './App';
import { GET_DATASET_INFO } from './modules/core/graphql/queries/getDatasetInfo';
import { prefetchQuery } from './modules/core/hooks/useQuery';
import './styles.css';

// Every page needs the dataset facts first: ask for them while React starts.
prefetchQuery(GET_DATASET_INFO);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
