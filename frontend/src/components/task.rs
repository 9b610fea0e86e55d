//! One action type for every form and button that writes to the API.
//!
//! Each form dispatches a boxed future ("job") that handles its own result; sharing one
//! `Action<Job, ()>` type keeps the WebAssembly bundle small (one instantiation, not one per form).

use std::future::Future;
use std::rc::Rc;

use futures::future::LocalBoxFuture;
use futures::FutureExt;
use leptos::prelude::*;

/// A unit of work started by a form submission or a button.
#[derive(Clone)]
pub struct Job(Rc<dyn Fn() -> LocalBoxFuture<'static, ()>>);

impl Job {
    /// Wraps a future; it runs once when dispatched.
    pub fn new(future: impl Future<Output = ()> + 'static) -> Self {
        let slot = std::cell::RefCell::new(Some(future.boxed_local()));
        Job(Rc::new(move || {
            slot.borrow_mut()
                .take()
                .unwrap_or_else(|| async {}.boxed_local())
        }))
    }
}

/// The action of one form: `pending()` drives the disabled submit button.
pub type Task = Action<Job, ()>;

/// Creates the action for one form or button.
pub fn task() -> Task {
    Action::new_local(|job: &Job| (job.0)())
}
