import { readFileSync } from 'node:fs';

/**
 * Peak resident memory (VmHWM, Linux /proc) of a process, in MB, polled every 25 ms until
 * `stop`; `over` is called once the peak passes `limitMb` (to stop a runaway case).
 */
export function peakRssMb(
  pid: number,
  limitMb = Infinity,
  over: () => void = () => {},
): { peak(): number; stop(): number } {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
      if (peak > limitMb) over();
    } catch {
      // Exited.
    }
  }, 25);
  return {
    peak: () => Math.round(peak),
    stop: () => {
      clearInterval(timer);
      return Math.round(peak);
    },
  };
}
