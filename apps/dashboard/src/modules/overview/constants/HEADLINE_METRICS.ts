// The overview's headline metrics are the briefing pack's too: one list, in libs/domain.
export { HEADLINE_METRICS, type HeadlineMetric } from '@gongkai/domain';
