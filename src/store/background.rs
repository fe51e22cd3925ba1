//! Threads for work the screen does not wait for (a re-fold, the rest of the local
//! cache, writing the cache, freeing a replaced session): run at a lower priority,
//! so that on a busy machine the thread that answers keys gets the processor first.

use std::thread::JoinHandle;

/// How much lower than the app's own threads: nice 10 on Linux.
const NICER_BY: libc::c_int = 10;

/// Spawns `work` on a thread of lower priority.
pub fn spawn<F: FnOnce() + Send + 'static>(work: F) -> JoinHandle<()> {
    std::thread::spawn(move || {
        lower_this_threads_priority();
        work();
    })
}

fn lower_this_threads_priority() {
    // On Linux a thread has a nice value of its own; where it cannot be lowered the
    // work just runs at the app's priority.
    // SAFETY: plain system calls on this thread's own id, no memory handed over.
    unsafe {
        let thread = libc::gettid();
        let now = libc::getpriority(libc::PRIO_PROCESS, thread as libc::id_t);
        libc::setpriority(libc::PRIO_PROCESS, thread as libc::id_t, now + NICER_BY);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_work_runs_at_a_lower_priority() {
        let own = unsafe { libc::getpriority(libc::PRIO_PROCESS, 0) };
        let (sender, receiver) = std::sync::mpsc::channel();
        super::spawn(move || {
            let tid = unsafe { libc::gettid() };
            let _ =
                sender.send(unsafe { libc::getpriority(libc::PRIO_PROCESS, tid as libc::id_t) });
        })
        .join()
        .unwrap();
        assert_eq!(receiver.recv().unwrap(), (own + 10).min(19));
    }
}
