// Runs a child process in the foreground: shared terminal, signals passed on, its exit code ours.
import { spawn } from 'node:child_process';
import os from 'node:os';

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Resolves with the exit code to use (128 + signal number when the child was killed). */
export function runForeground(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    // A signal sent only to this process (not the terminal's whole group) must still stop the child.
    const forward = (signal) => child.kill(signal);
    for (const signal of FORWARDED) process.on(signal, forward);
    const done = (code) => {
      for (const signal of FORWARDED) process.off(signal, forward);
      resolve(code);
    };
    child.on('error', (error) => {
      console.error(`Rancang: ${command} tidak dapat dijalankan: ${error.message}`);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? 128 + (os.constants.signals[signal] ?? 0)));
  });
}
