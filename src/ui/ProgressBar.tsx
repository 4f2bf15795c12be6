// A labelled progress bar: screen readers hear its name and "2 of 4 done, 50%"; eyes see the bar.
import type { Progress } from '../workbook/progress';

export function ProgressBar({ label, progress, valueText }: { label: string; progress: Progress; valueText: string }) {
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={progress.percent}
      aria-valuetext={valueText}
    >
      <div className="progress__fill" style={{ inlineSize: `${progress.percent}%` }} />
    </div>
  );
}
