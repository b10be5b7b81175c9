//! Whether there is a Shortlist server to analyse with (issue #14). The page
//! may sit on a static host with no server behind it, so it asks the
//! configured API for `GET /api/config` once on load; every server run asks
//! again and reports what it found here, so a server that went away (or
//! came back) is noticed at the next run, and "Check again" asks on demand.

use std::rc::Rc;

use shortlist_core::api::ServerConfig;
use yew::prelude::*;

/// What the page knows of its server.
#[derive(Debug, Clone, PartialEq)]
pub enum ServerStatus {
    /// Asked, no answer yet.
    Checking,
    /// A Shortlist server answered with its settings.
    Available(Rc<ServerConfig>),
    /// None is there to use, and why, in one sentence: only Private mode works.
    Unavailable(AttrValue),
}

impl ServerStatus {
    pub fn from_answer(answer: Result<ServerConfig, String>) -> Self {
        match answer {
            Ok(config) => Self::Available(Rc::new(config)),
            Err(why) => Self::Unavailable(why.into()),
        }
    }

    pub fn unavailable(&self) -> Option<&AttrValue> {
        match self {
            Self::Unavailable(why) => Some(why),
            _ => None,
        }
    }

    pub fn config(&self) -> Option<&ServerConfig> {
        match self {
            Self::Available(config) => Some(config),
            _ => None,
        }
    }
}

/// What [`use_server`] gives the page.
pub struct Server {
    pub status: ServerStatus,
    /// "Check again": asks the server for its settings now.
    pub on_check: Callback<()>,
    /// What a run found when it asked.
    pub on_answer: Callback<Result<ServerConfig, String>>,
}

#[hook]
pub fn use_server() -> Server {
    let status = use_state(|| ServerStatus::Checking);
    let on_answer = {
        let status = status.clone();
        Callback::from(move |answer| status.set(ServerStatus::from_answer(answer)))
    };
    let on_check = {
        let status = status.clone();
        let on_answer = on_answer.clone();
        Callback::from(move |()| {
            status.set(ServerStatus::Checking);
            let on_answer = on_answer.clone();
            wasm_bindgen_futures::spawn_local(async move { on_answer.emit(crate::api::config().await) });
        })
    };
    {
        let on_check = on_check.clone();
        use_effect_with((), move |()| on_check.emit(()));
    }
    Server { status: (*status).clone(), on_check, on_answer }
}
