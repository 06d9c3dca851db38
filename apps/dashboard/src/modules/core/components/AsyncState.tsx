import { type ReactNode } from 'react';

import { GraphqlRequestError } from '../graphql/graphqlRequest';
import { useI18n } from '../i18n/useI18n';

export type AsyncStateProps = {
  loading: boolean;
  error?: Error;
  empty?: boolean;
  onRetry?: () => void;
  children?: ReactNode;
};

/** Loading, error (saying what to do) and empty states in one place, so every widget behaves the same. */
export function AsyncState({ loading, error, empty = false, onRetry, children }: AsyncStateProps) {
  const { t } = useI18n();
  if (error) {
    let message = t('errorGraphql', { message: error.message });
    if (error instanceof GraphqlRequestError && error.kind === 'network') message = t('errorNetwork');
    else if (error instanceof GraphqlRequestError && error.kind === 'http') message = t('errorHttp', { status: error.status ?? '?' });
    else if (error instanceof GraphqlRequestError && error.code === 'RATE_LIMITED') message = t('errorRateLimited', { seconds: error.retryAfter ?? '?' });

    return (
      <div className="state state-error" role="alert">
        <span>{message}</span>
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {t('retry')}
          </button>
        )}
      </div>
    );
  }
  if (loading) {
    return (
      <div className="state state-loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        {t('loading')}
      </div>
    );
  }
  if (empty) {
    return (
      <div className="state state-empty" role="status">
        <strong>{t('empty')}</strong> {t('emptyHint')}
      </div>
    );
  }

  return <>{children}</>;
}
