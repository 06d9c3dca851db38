import { GraphqlRequestError } from '../../core/graphql/graphqlRequest';

/** An api refusal in the reader's language: the api's Chinese message where it gives one, else its English one. */
export function errorText(error: unknown, lang: 'zh' | 'en'): string {
  if (error instanceof GraphqlRequestError) return lang === 'zh' && error.messageZh ? error.messageZh : error.message;

  return error instanceof Error ? error.message : String(error);
}
