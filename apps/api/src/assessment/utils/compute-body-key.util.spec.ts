import { computeBodyKey } from './compute-body-key.util';

describe('computeBodyKey', () => {
  it('takes the names of the regions above off the front, so a body keeps its reports when its name gains a prefix', () => {
    expect(computeBodyKey('320813', '淮安市洪泽区人民政府', ['江苏省', '淮安市'])).toBe(computeBodyKey('320813', '洪泽区人民政府', ['江苏省', '淮安市']));
    expect(computeBodyKey('320813', '江苏省淮安市洪泽区人民政府', ['江苏省', '淮安市'])).toBe('320813|洪泽区人民政府');
    expect(computeBodyKey('320813', '洪泽区 教育局', ['江苏省', '淮安市'])).not.toBe(computeBodyKey('320813', '洪泽区人民政府', ['江苏省', '淮安市']));
    expect(computeBodyKey('320813', '淮安市', ['江苏省', '淮安市'])).toBe('320813|淮安市');
  });
});
