import { registerEnumType } from '@nestjs/graphql';

export type PublicationStatus = 'on_time' | 'late' | 'date_unknown' | 'not_collected' | 'confirmed_missing' | 'not_required';

export const PublicationStatusEnum: { [K in PublicationStatus]: K } = {
  on_time: 'on_time',
  late: 'late',
  date_unknown: 'date_unknown',
  not_collected: 'not_collected',
  confirmed_missing: 'confirmed_missing',
  not_required: 'not_required',
};

registerEnumType(PublicationStatusEnum, {
  name: 'PublicationStatus',
  description:
    'What is known about the publication of a region-year report. A held report decides (on_time, late, date_unknown when it states no date); without one: not_required (the region did not exist that year), confirmed_missing (the newest conclusive site check after the deadline found none), else not_collected.',
  valuesMap: {
    on_time: { description: 'A report is held, published on or before the statutory deadline' },
    late: { description: 'A report is held, published after the deadline (see daysLate)' },
    date_unknown: { description: 'A report is held but states no publication date: never counted as on time' },
    not_collected: { description: 'No report is held and no check says it is missing' },
    confirmed_missing: { description: "No report is held and the newest conclusive check of the body's site, made after the deadline, found none" },
    not_required: { description: 'The region did not exist in that year (region catalogue)' },
  },
});
