import { CATEGORY_LABELS, getMetric, UNIT_LABELS, type MetricCategory } from '@gongkai/domain';

import { useRoute } from '../router/useRoute';
import { EN_STRINGS } from './constants/EN_STRINGS';
import { ZH_STRINGS, type StringKey } from './constants/ZH_STRINGS';

export type Lang = 'zh' | 'en';

export type I18n = {
  lang: Lang;
  t: (key: StringKey, vars?: Record<string, string | number>) => string;
  metricLabel: (key: string) => string;
  unitLabel: (key: string) => string;
  categoryLabel: (category: MetricCategory) => string;
};

export function translate(lang: Lang, key: StringKey, vars?: Record<string, string | number>): string {
  const template: string = lang === 'en' ? EN_STRINGS[key] : ZH_STRINGS[key];

  return vars ? template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match)) : template;
}

export function makeI18n(lang: Lang): I18n {
  return {
    lang,
    t: (key, vars) => translate(lang, key, vars),
    metricLabel: (key) => {
      const metric = getMetric(key);
      if (!metric) return key;

      return lang === 'en' ? metric.labelEn : metric.labelZh;
    },
    unitLabel: (key) => {
      const metric = getMetric(key);

      return metric ? UNIT_LABELS[metric.unit][lang] : '';
    },
    categoryLabel: (category) => CATEGORY_LABELS[category][lang],
  };
}

/** Language lives in the URL (`lang=en`); Chinese is the default. */
export function useI18n(): I18n {
  const { route } = useRoute();

  return makeI18n(route.params.lang === 'en' ? 'en' : 'zh');
}
