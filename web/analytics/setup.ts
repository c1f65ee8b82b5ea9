// Chart.js with only the parts these charts use (bars and a doughnut, category and linear axes,
// legend and tooltips), so the bundle stays small; defaults that suit the site.
import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, DoughnutController, ArcElement, CategoryScale, LinearScale, Legend, Tooltip);

// The site's own font stack (with Chinese fonts), at a size that stays readable on a phone.
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif";
Chart.defaults.font.size = 13;
Chart.defaults.color = '#1b1b1b';
// No animation: the charts appear at once, and nothing moves for readers who asked for less motion.
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.plugins.legend.position = 'bottom';

export { Chart };
