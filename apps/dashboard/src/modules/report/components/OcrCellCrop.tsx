import { type PageImage } from '../../core/types/api';

export type OcrCellCropProps = { image: PageImage; box: readonly number[]; /** Width of the crop on screen, px. */ width?: number; label: string };

/**
 * The cell's rectangle of a page image, shown by CSS alone (background-size / background-position), with a
 * margin around the cell so its ruling lines show: a person compares what was read with what is printed.
 */
export function OcrCellCrop({ image, box, width = 180, label }: OcrCellCropProps) {
  const [x0 = 0, y0 = 0, x1 = 1, y1 = 1] = box;
  // A quarter of the cell's size on each side (at least 1 % of the page), kept inside the page.
  const mx = Math.max((x1 - x0) * 0.25, 0.01);
  const my = Math.max((y1 - y0) * 0.25, 0.01);
  const left = Math.max(0, x0 - mx);
  const top = Math.max(0, y0 - my);
  const right = Math.min(1, x1 + mx);
  const bottom = Math.min(1, y1 + my);
  const scale = width / ((right - left) * image.width);
  const height = Math.max(8, Math.round((bottom - top) * image.height * scale));

  return (
    <div
      className="ocr-crop"
      role="img"
      aria-label={label}
      data-testid="ocr-crop"
      style={{
        width,
        height,
        backgroundImage: `url("${image.url}")`,
        backgroundRepeat: 'no-repeat',
        backgroundSize: `${Math.round(image.width * scale)}px ${Math.round(image.height * scale)}px`,
        backgroundPosition: `${-Math.round(left * image.width * scale)}px ${-Math.round(top * image.height * scale)}px`,
      }}
    >
      <span
        className="ocr-crop-cell"
        style={{
          left: Math.round((x0 - left) * image.width * scale),
          top: Math.round((y0 - top) * image.height * scale),
          width: Math.round((x1 - x0) * image.width * scale),
          height: Math.round((y1 - y0) * image.height * scale),
        }}
      />
    </div>
  );
}
