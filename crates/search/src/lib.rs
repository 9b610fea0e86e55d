//! Cross-lingual search over organisations and opportunities (tantivy).
//!
//! - [`analysis`]: words → folded, stemmed terms per language (German compounds split,
//!   Czech Snowball stemmer with a light derivational step).
//! - [`glossary`]: the German–Czech–English glossary of industrial terms; documents are
//!   annotated with its concepts, queries expanded with them.
//! - [`doc`]: what is indexed ([`IndexDoc`]) and the schema.
//! - [`query`]: the typed words → a tantivy query, built programmatically.
//! - [`index`]: [`SearchIndex`]: open/create, write, commit, search, suggest.
//! - [`matching`]: partners for an opportunity, with the evidence for *why matched*.
//! - [`feed`]: follows the `search_changes` table and rebuilds from the database.

pub mod analysis;
pub mod collector;
pub mod doc;
pub mod feed;
pub mod glossary;
pub mod highlight;
pub mod index;
pub mod judged;
pub mod matching;
pub mod query;
pub mod suggest;

pub use collector::Order;
pub use doc::IndexDoc;
pub use index::{OpenState, SearchIndex, SearchRequest};
