//! A modal dialog that asks before an action that cannot be undone (delete, remove, leave).

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::components::form::{FormError, FormFeedback, SubmitButton};
use crate::i18n::tr;

/// Opens and closes one dialog; copy it into the closures that need it.
#[derive(Clone, Copy)]
pub struct DialogHandle(NodeRef<Dialog>);

impl DialogHandle {
    /// A handle for a dialog not rendered yet.
    pub fn new() -> Self {
        Self(NodeRef::new())
    }

    /// Shows the dialog as a modal (focus moves into it; Escape closes it).
    pub fn open(&self) {
        if let Some(dialog) = self.0.get_untracked() {
            let _ = dialog.show_modal();
        }
    }

    /// Closes the dialog (focus returns to where it was).
    pub fn close(&self) {
        if let Some(dialog) = self.0.get_untracked() {
            dialog.close();
        }
    }
}

/// The dialog: heading, text, optional fields (`children`), the error of the last attempt,
/// "cancel" and the confirming button. Element and test ids start with `id`:
/// `<id>-dialog`, `<id>-dialog-title`, `<id>-cancel`, `<id>-confirm`.
#[component]
pub fn ConfirmDialog(
    handle: DialogHandle,
    id: &'static str,
    #[prop(into)] title: TextProp,
    #[prop(into)] text: TextProp,
    /// Label of the confirming button.
    #[prop(into)]
    confirm: TextProp,
    /// Errors of the confirmed action.
    feedback: FormFeedback,
    /// Whether the action runs.
    #[prop(into)]
    pending: Signal<bool>,
    /// Called when the person confirms (the form's submit event; default already prevented).
    on_confirm: Callback<leptos::ev::SubmitEvent>,
    /// Style of the confirming button.
    #[prop(default = "btn btn-danger")]
    confirm_class: &'static str,
    /// Fields between text and buttons (e.g. a password).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let title_id = format!("{id}-dialog-title");
    let labelled_by = title_id.clone();
    view! {
        <dialog node_ref=handle.0 class="dialog" aria-labelledby=labelled_by data-testid=format!("{id}-dialog")>
            <form
                class="form"
                novalidate
                on:submit=move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    feedback.clear();
                    on_confirm.run(ev);
                }
            >
                <h2 id=title_id>{move || title.get().to_string()}</h2>
                <p>{move || text.get().to_string()}</p>
                <FormError feedback=feedback />
                {children.map(|children| children())}
                <div class="dialog-actions">
                    <button type="button" class="btn btn-ghost" data-testid=format!("{id}-cancel") on:click=move |_| handle.close()>
                        {tr("common-cancel")}
                    </button>
                    <SubmitButton label=confirm pending=pending testid=format!("{id}-confirm") class=confirm_class />
                </div>
            </form>
        </dialog>
    }
}
