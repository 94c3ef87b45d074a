/**
 * An ECharts axis bound a little outside the data (5% of the range, or of the value when
 * every point is equal), so the end points are not drawn on the frame:
 * `xAxis: { min: paddedAxis('min'), max: paddedAxis('max') }`.
 */
export const paddedAxis = (side: 'min' | 'max') => (extent: { min: number; max: number }) => {
  const pad =
    extent.max > extent.min ? (extent.max - extent.min) * 0.05 : Math.abs(extent.max) * 0.05 || 1;
  return side === 'min' ? extent.min - pad : extent.max + pad;
};
