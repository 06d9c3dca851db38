import { isSignOff, isSubheading, normaliseSentence, readNumber } from './text';

describe('readNumber', () => {
  it.each<[string, number | null]>([
    ['75', 75],
    ['1,234', 1234],
    ['７５', 75],
    ['七十五', 75],
    ['十', 10],
    ['一百零三', 103],
    ['两千零五十', 2050],
    ['三万二千', 32000],
    ['二〇二三', 2023],
    ['1.5万', 15000],
    ['若干', null],
  ])('%s → %s', (text, value) => expect(readNumber(text)).toBe(value));
});

describe('normaliseSentence', () => {
  it('makes numbers and dates alike and drops punctuation and enumeration markers', () => {
    expect(normaliseSentence('一是2023年收到申请七十五件。')).toBe(normaliseSentence('二是2022年收到申请60件；'));
    expect(normaliseSentence('进一步加强培训')).toBe('进一步加强培训');
  });
});

describe('isSubheading', () => {
  it('tells a sub-topic heading from a sentence', () => {
    expect(isSubheading('（三）政府信息管理情况。')).toBe(true);
    expect(isSubheading('2.把握工作重点，扎实推进信息公开')).toBe(false);
    expect(isSubheading('（一）主动公开情况。主要通过政府门户网站公开。')).toBe(false);
  });
});

describe('isSignOff', () => {
  it('knows the office, date and attachment lines the parser keeps at the end of section 六', () => {
    expect(isSignOff('平潭综合实验区人民政府办公室')).toBe(true);
    expect(isSignOff('2024年3月22日')).toBe(true);
    expect(isSignOff('二〇二四年三月')).toBe(true);
    expect(isSignOff('附件：政府信息公开情况统计表')).toBe(true);
    expect(isSignOff('本年度未收取信息处理费。')).toBe(false);
    expect(isSignOff('由区政府办公室牵头，每季度开展一次栏目巡查。')).toBe(false);
  });
});
