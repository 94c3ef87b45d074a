/** Typography props that colour an amount by its sign (danger below zero, success above). */
export const signType = (value: number): { type?: 'danger' | 'success' } =>
  value < 0 ? { type: 'danger' } : value > 0 ? { type: 'success' } : {};
