//! Taking over the terminal and always giving it back: on return, on error, on panic;
//! and waiting for it without spinning (`wait`). Both screens use it: the moderator's
//! app (`tui`) and the room's projector (`present`).

pub mod doorbell;
pub mod wait;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{Clear, ClearType};
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// While alive, the terminal is in raw mode on the alternate screen with bracketed
/// paste on. Dropping it (or a panic) turns all of that off again.
pub struct TerminalGuard {
    pub terminal: DefaultTerminal,
    stop: Arc<AtomicBool>,
    jobs: JobSignals,
}

impl TerminalGuard {
    /// Registers the stop signals first, so that a SIGTERM at any moment after this
    /// leaves through the same clean path.
    pub fn enter() -> io::Result<TerminalGuard> {
        let stop = stop_signals()?;
        let jobs = JobSignals::register()?;
        // ratatui's init enters raw mode and the alternate screen and installs a panic
        // hook that restores them with `restore()`, which itself panics (an
        // `eprintln!` to a dead terminal) when the terminal is gone. Replace it with
        // one that ignores what cannot be undone and then reports the panic.
        let report = std::panic::take_hook();
        let terminal = ratatui::try_init()?;
        drop(std::panic::take_hook());
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(io::stdout(), DisableBracketedPaste);
            let _ = ratatui::try_restore();
            report(info);
        }));
        execute!(io::stdout(), EnableBracketedPaste)?;
        Ok(TerminalGuard {
            terminal,
            stop,
            jobs,
        })
    }

    /// Makes the next draw paint every cell on a blank screen. (Terminal::clear would
    /// do this too, but it first asks the terminal where the cursor is and waits for
    /// the answer.)
    pub fn repaint_all(&mut self) -> io::Result<()> {
        execute!(io::stdout(), Clear(ClearType::All))?;
        // After a draw the back buffer is already blank; swapping blanks the other one
        // too, so the next draw compares against nothing.
        self.terminal.swap_buffers();
        Ok(())
    }

    /// After SIGTSTP: gives the terminal back, stops, and takes it again once
    /// continued. After SIGCONT (a stop it did not see coming, like SIGSTOP): takes
    /// the terminal again. True when the screen must be painted afresh.
    pub fn handle_job_control(&mut self) -> io::Result<bool> {
        if !self.jobs.pending() {
            return Ok(false);
        }
        suspend_and_resume(&self.jobs)?;
        self.repaint_all()?;
        Ok(true)
    }

    /// True once SIGTERM, SIGHUP, SIGINT or SIGQUIT arrived.
    pub fn stop_requested(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = execute!(io::stdout(), DisableBracketedPaste);
        let _ = ratatui::try_restore();
    }
}

/// SIGTERM, SIGHUP, SIGINT and SIGQUIT set a flag; the signal also wakes the loop's
/// `poll(2)`, which then saves and leaves cleanly.
fn stop_signals() -> io::Result<Arc<AtomicBool>> {
    let flag = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGQUIT,
    ] {
        signal_hook::flag::register(signal, flag.clone())?;
    }
    Ok(flag)
}

/// SIGTSTP (`kill -TSTP`; Ctrl+Z is Undo inside the app, raw mode keeps it a key)
/// and SIGCONT, as flags the loop looks at.
struct JobSignals {
    suspend: Arc<AtomicBool>,
    resumed: Arc<AtomicBool>,
}

impl JobSignals {
    fn register() -> io::Result<JobSignals> {
        let suspend = Arc::new(AtomicBool::new(false));
        let resumed = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(signal_hook::consts::SIGTSTP, suspend.clone())?;
        signal_hook::flag::register(signal_hook::consts::SIGCONT, resumed.clone())?;
        Ok(JobSignals { suspend, resumed })
    }

    fn pending(&self) -> bool {
        self.suspend.load(Ordering::Relaxed) || self.resumed.load(Ordering::Relaxed)
    }
}

/// Leaves the alternate screen and raw mode, stops the process (SIGSTOP: a SIGTSTP
/// would be ignored in an orphaned process group), and once continued enters both
/// again.
fn suspend_and_resume(jobs: &JobSignals) -> io::Result<()> {
    use ratatui::crossterm::cursor::Show;
    use ratatui::crossterm::terminal::{
        EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
    };
    if jobs.suspend.swap(false, Ordering::Relaxed) {
        execute!(
            io::stdout(),
            DisableBracketedPaste,
            LeaveAlternateScreen,
            Show
        )?;
        disable_raw_mode()?;
        // SAFETY: raise(3) has no memory-safety preconditions.
        unsafe { libc::raise(libc::SIGSTOP) };
    }
    jobs.resumed.store(false, Ordering::Relaxed);
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    Ok(())
}
