import { fitSvgToSlide, SLIDE_SIZES } from './fitSvgToSlide';

describe('fitSvgToSlide', () => {
  const card = {
    svg: '<svg xmlns="http://www.w3.org/2000/svg" width="700" height="400" viewBox="0 0 700 400"><text>图</text></svg>',
    width: 700,
    height: 400,
  };

  it('puts the card whole on a 1920×1080 canvas, scaled by its limiting side and centred', () => {
    const { width, height } = SLIDE_SIZES['1920x1080'];
    const fitted = fitSvgToSlide(card, width, height);
    expect([fitted.width, fitted.height]).toEqual([1920, 1080]);
    expect(fitted.svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080" viewBox="0 0 1920 1080">/,
    );
    // Height limits: (1080 − 2 × 43) / 400 = 2.485; the card is 1739.5 px wide, centred.
    expect(fitted.svg).toContain('translate(90,43) scale(2.485)');
    expect(fitted.svg).toContain('<text>图</text>');
  });

  it('scales a wide card by its width on 1280×720', () => {
    const fitted = fitSvgToSlide({ ...card, width: 2800, height: 900 }, 1280, 720);
    expect(fitted.svg).toMatch(/scale\(0\.4364\)/);
  });
});
