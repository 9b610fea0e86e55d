//! `/organizations/:id`: an organisation's public profile.

use std::sync::Arc;

use glokal_api_types::{
    CertificationEntry, ContactPerson, ContactVisibility, Language, LocalizedText,
    ModerationTarget, Offering, OfferingKind, Organization, RegionItem, ServerInfo,
};
use leptos::either::Either;
use leptos::prelude::*;

use super::verification;
use super::{
    certification_parts, country_label, kind_label, languages_text, org_logo, region_label,
    size_label, use_certifications, use_info, use_languages, use_nace, use_regions,
};
use crate::api::use_api;
use crate::components::alert::{Alert, AlertKind};
use crate::components::fresh::Fresh;
use crate::i18n::{
    format_date, format_day, t_args, today, tr, tr_label, use_i18n, use_page_title, Arg, Label,
};
use crate::pages::moderation::report_button::ReportButton;
use crate::pages::{entity_page, forbidden_note, use_path_entity, Entity};
use crate::session::use_session;

/// Loading state of the organisation of the path.
pub type OrgState = Entity<Organization>;

/// Loads the organisation of the path once the session is restored (so that contact persons
/// and the caller's role come along), and again after logging in or out.
pub fn use_organization() -> OrgState {
    let api = use_api();
    use_path_entity(move |id| api.organization(id))
}

/// A page of an organisation for its owners and editors (editor, members): login required, the
/// organisation loaded; the 404 page, errors, and the note `forbidden` (test id `testid`) for
/// everybody else.
pub fn members_only<V: IntoView + 'static>(
    forbidden: &'static str,
    testid: &'static str,
    content: impl Fn(Organization) -> V + Send + Sync + 'static,
) -> impl IntoView {
    entity_page(use_organization(), true, move |org| {
        if org.my_role.is_none() {
            let back = format!("/organizations/{}", org.id);
            Either::Left(forbidden_note(
                forbidden,
                testid,
                back,
                "editor-back-to-profile",
            ))
        } else {
            Either::Right(content(org))
        }
    })
}

/// The profile page.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let org = use_organization();
    let generic = tr("profile-title");
    use_page_title(move || {
        org.with(|o| {
            o.as_ref()
                .and_then(|r| r.as_ref().ok())
                .map(|o| o.name.clone())
        })
        .unwrap_or_else(&generic)
    });
    entity_page(org, false, move |o| profile(o, org))
}

/// A term and its description in a fact list.
fn fact(term: &'static str, value: Option<Label>) -> impl IntoView {
    value.map(|value| view! { <div><dt>{tr(term)}</dt><dd>{tr_label(value)}</dd></div> })
}

/// A contact channel (web, mail, phone) as a link.
fn channel(term: &'static str, href: String, text: String, external: bool) -> impl IntoView {
    view! {
        <li>
            <span class="contact-label">{tr(term)}</span>
            <a
                href=href
                target=external.then_some("_blank")
                rel=external.then_some("noopener noreferrer nofollow")
                data-testid=term
            >
                {text}
            </a>
        </li>
    }
}

/// The region's name, once the regions are loaded (as a reactive text).
fn region_text(
    regions: ReadSignal<Option<Arc<Vec<RegionItem>>>>,
    code: Option<String>,
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let i18n = use_i18n();
    move || {
        code.as_deref()
            .and_then(|code| region_label(&regions.get(), code))
            .map(|label| label.text_in(i18n.lang()))
            .unwrap_or_default()
    }
}

fn profile(org: Organization, state: OrgState) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let nace = use_nace();
    let regions = use_regions();

    let id = org.id;
    let region = region_text(regions, org.region_code.clone());
    let tokens = verification::manages_tokens(&org).then(|| {
        view! {
            <a href=format!("/organizations/{id}/api-tokens") class="btn btn-secondary" data-testid="profile-api-tokens">
                {tr("tokens-title")}
            </a>
            {crate::pages::crm::profile_links(id)}
        }
    });
    let edit = org.my_role.map(|_| {
        view! {
            <div class="profile-actions">
                {tokens}
                <a href=format!("/organizations/{id}/members") class="btn btn-secondary" data-testid="profile-members">
                    {tr("profile-members")}
                </a>
                <a href=format!("/organizations/{id}/edit") class="btn btn-primary" data-testid="profile-edit">
                    {tr("profile-edit")}
                </a>
            </div>
        }
    });
    let place_line = {
        let (city, region, country) = (
            org.city.clone(),
            region.clone(),
            country_label(&org.country),
        );
        move || {
            let region = region();
            let country = country.text_in(i18n.lang());
            if region.is_empty() {
                format!("{city} · {country}")
            } else {
                format!("{city} · {region} · {country}")
            }
        }
    };

    // NACE codes, the main one first, labelled once the list is loaded.
    let codes: Vec<(String, bool)> = org
        .nace_main
        .iter()
        .map(|c| (c.clone(), true))
        .chain(
            org.nace_codes
                .iter()
                .filter(|c| Some(*c) != org.nace_main.as_ref())
                .map(|c| (c.clone(), false)),
        )
        .collect();
    let nace_list = (!codes.is_empty()).then(|| {
        let items = move || {
            let index = nace.get();
            let lang = i18n.lang();
            Fresh(
                codes
                    .iter()
                    .map(|(code, main)| {
                        let label = index.as_ref().map(|n| n.label(code, lang)).unwrap_or_else(|| code.clone());
                        view! {
                            <li data-code=code.clone()>
                                {label}
                                {main.then(|| view! { " " <span class="badge badge-main">{tr("profile-nace-main")}</span> })}
                            </li>
                        }
                    })
                    .collect_view(),
            )
        };
        view! {
            <section class="card profile-card" aria-labelledby="profile-nace-title">
                <h2 id="profile-nace-title">{tr("profile-nace")}</h2>
                <ul class="nace-list" data-testid="profile-nace">{items}</ul>
            </section>
        }
    });

    let keywords = (!org.keywords.is_empty()).then(|| {
        view! {
            <section class="card profile-card" aria-labelledby="profile-keywords-title">
                <h2 id="profile-keywords-title">{tr("profile-keywords")}</h2>
                <ul class="chips" data-testid="profile-keywords">
                    {org.keywords.iter().map(|k| view! { <li class="chip">{k.clone()}</li> }).collect_view()}
                </ul>
            </section>
        }
    });

    let known_languages = use_languages();
    let spoken = (!org.languages.is_empty()).then(|| {
        let languages = org.languages.clone();
        view! {
            <div><dt>{tr("profile-languages")}</dt><dd data-testid="profile-languages">{move || languages_text(&known_languages.get(), &languages, i18n.lang())}</dd></div>
        }
    });

    let website = org.website.clone().map(|url| {
        let shown = url
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_owned();
        channel("profile-website", url, shown, true)
    });
    let email = org
        .email
        .clone()
        .map(|mail| channel("profile-email", format!("mailto:{mail}"), mail, false));
    let phone = org.phone.clone().map(|tel| {
        let href = format!(
            "tel:{}",
            tel.chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect::<String>()
        );
        channel("profile-phone", href, tel, false)
    });
    let channels = (website.is_some() || email.is_some() || phone.is_some()).then(|| {
        view! {
            <section class="card profile-card" aria-labelledby="profile-channels-title">
                <h2 id="profile-channels-title">{tr("profile-channels")}</h2>
                <ul class="channel-list">{website}{email}{phone}</ul>
            </section>
        }
    });

    let address: Vec<String> = [
        org.street.clone(),
        Some(
            format!(
                "{} {}",
                org.postal_code.clone().unwrap_or_default(),
                org.city
            )
            .trim()
            .to_owned(),
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    let info = use_info();
    let map_name = org.name.clone();
    let map_link = org.lat.zip(org.lon).map(|(lat, lon)| {
        let href = format!("https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lon:.5}#map=12/{lat:.5}/{lon:.5}");
        // A small map of tiles when the installation has a tile server.
        let map = move || {
            Fresh(
                info.get()
                    .filter(|info| info.map_tiles_url.is_some())
                    .map(|info| static_map(&info, lat, lon, map_name.clone())),
            )
        };
        view! {
            {map}
            <p>
                <a href=href target="_blank" rel="noopener noreferrer" data-testid="profile-map-link">{tr("profile-map-link")}</a>
            </p>
        }
    });

    let contacts = org.contacts.clone();
    let contacts_view = move || {
        Fresh(if session.is_logged_in() {
            Either::Left(if contacts.is_empty() {
                Either::Left(view! { <p class="muted">{tr("profile-contacts-none")}</p> })
            } else {
                Either::Right(view! {
                    <ul class="contact-list" data-testid="profile-contacts">
                        {contacts.iter().cloned().map(|c| contact_card(c, known_languages)).collect_view()}
                    </ul>
                })
            })
        } else {
            Either::Right(view! {
                <Alert kind=AlertKind::Info>
                    <p data-testid="profile-contacts-login">
                        {tr("profile-contacts-login")} " "
                        <a href=format!("/login?next=/organizations/{id}")>{tr("nav-login")}</a>
                    </p>
                </Alert>
            })
        })
    };
    let offerings = (!org.offerings.is_empty()).then(|| offerings_card(org.offerings.clone()));
    let certifications =
        (!org.certifications.is_empty()).then(|| certifications_card(org.certifications.clone()));
    let no_facts = org.size_class.is_none()
        && org.founding_year.is_none()
        && org.languages.is_empty()
        && [&org.ico, &org.dic, &org.hr_number, &org.vat_id]
            .iter()
            .all(|v| v.is_none());
    let contact = org.my_role.is_none().then(|| {
        crate::pages::inbox::contact::contact_card(crate::pages::inbox::contact::ContactTarget {
            organization_id: id,
            organization_name: org.name.clone(),
            opportunity_id: None,
            back: format!("/organizations/{id}"),
            expert: matches!(
                org.kind,
                glokal_api_types::OrganizationKind::Chamber
                    | glokal_api_types::OrganizationKind::Cluster
                    | glokal_api_types::OrganizationKind::Research
                    | glokal_api_types::OrganizationKind::DevelopmentAgency
                    | glokal_api_types::OrganizationKind::Association
            ),
        })
    });
    let updated = org.updated_at;
    let updated = move || {
        t_args(
            "profile-updated",
            vec![("date", Arg::Text(format_date(i18n.lang(), updated)))],
        )()
    };

    view! {
        <article class="container profile" data-testid="profile-page" data-id=id.to_string()>
            <header class="profile-header">
                <div class="profile-identity">
                    {org_logo(org.logo_url.clone(), &org.name, "org-logo-large")}
                    <div>
                        <p class="profile-kind">{tr_label(kind_label(org.kind))}</p>
                        <h1 data-testid="profile-name">{org.name.clone()}</h1>
                        {org.legal_form.clone().map(|form| view! { <p class="profile-legal">{form}</p> })}
                        <p class="profile-place" data-testid="profile-place">{place_line}</p>
                        {verification::verification_badges(
                            org.verification.as_ref().map(|v| v.verified_at),
                            org.verification.as_ref().and_then(|v| v.institution_name.clone()),
                            org.register_checked_at.is_some(),
                        )}
                    </div>
                </div>
                {edit}
            </header>
            {org.demo.then(|| view! { <Alert kind=AlertKind::Info><p data-testid="profile-demo">{tr("org-demo-note")}</p></Alert> })}
            {org.moderation.clone().map(|m| {
                let text = if m.suspended {
                    t_args("profile-moderation-suspended", vec![("reason", Arg::Text(m.hidden_reason.clone().unwrap_or_default()))])
                } else if m.awaiting_review {
                    t_args("profile-moderation-review", vec![])
                } else {
                    t_args("profile-moderation-hidden", vec![("reason", Arg::Text(m.hidden_reason.clone().unwrap_or_default()))])
                };
                view! { <Alert kind=AlertKind::Info><p data-testid="profile-moderation">{text}</p></Alert> }
            })}
            <div class="profile-layout">
                <div class="profile-main">
                    {text_card("profile-description", org.description.clone(), "profile-description", "description")}
                    {offerings}
                    {crate::pages::opportunities::organization_opportunities(&org)}
                    {crate::pages::events::organization_events(&org)}
                    {nace_list}
                    {keywords}
                    <section class="card profile-card" aria-labelledby="profile-contacts-title">
                        <h2 id="profile-contacts-title">{tr("profile-contacts")}</h2>
                        {contacts_view}
                    </section>
                </div>
                <aside class="profile-side">
                    {verification::is_staff().then(|| verification::verification_panel(&org, state))}
                    {super::management::management_card(&org, state)}
                    {contact}
                    {org.my_role.is_none().then(|| view! {
                        <ReportButton target_type=ModerationTarget::Organization target_id=id path=format!("/organizations/{id}") />
                    })}
                    <section class="card profile-card" aria-labelledby="profile-facts-title" hidden=no_facts>
                        <h2 id="profile-facts-title">{tr("profile-facts")}</h2>
                        <dl class="facts">
                            {fact("profile-size", org.size_class.map(size_label))}
                            {fact("profile-founded", org.founding_year.map(|y| Label::Plain(y.to_string())))}
                            {spoken}
                            {fact("profile-ico", org.ico.clone().map(Label::Plain))}
                            {fact("profile-dic", org.dic.clone().map(Label::Plain))}
                            {fact("profile-hr", org.hr_number.clone().map(Label::Plain))}
                            {fact("profile-vat", org.vat_id.clone().map(Label::Plain))}
                        </dl>
                    </section>
                    {certifications}
                    {channels}
                    <section class="card profile-card" aria-labelledby="profile-location-title">
                        <h2 id="profile-location-title">{tr("profile-location")}</h2>
                        <address class="profile-address" data-testid="profile-address">
                            {address.into_iter().map(|line| view! { <span>{line}</span> }).collect_view()}
                            <span>{region}</span>
                            <span>{tr_label(country_label(&org.country))}</span>
                        </address>
                        {map_link}
                    </section>
                    <p class="muted profile-updated">{updated}</p>
                </aside>
            </div>
        </article>
    }
}

/// A text in the viewer's language, else the best one with a note, and switches to the other
/// languages it exists in (test ids: `testid` for the text, `<prefix>-note`, `<prefix>-lang-cs`).
pub fn text_card(
    heading: &'static str,
    text: LocalizedText,
    testid: &'static str,
    prefix: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = RwSignal::new(None::<Language>);
    let available = text.languages();
    let shown = move || {
        let lang = chosen.get().unwrap_or_else(|| i18n.lang());
        text.best(lang).map(|(lang, body)| (lang, body.to_owned()))
    };
    let pressed = shown.clone();
    let title_id = format!("{testid}-title");
    let labelled_by = title_id.clone();
    let switches = (available.len() > 1).then(|| {
        view! {
            <div class="text-lang-switch" role="group" aria-label=tr("profile-description-languages")>
                {available
                    .iter()
                    .map(|&lang| {
                        let pressed = pressed.clone();
                        view! {
                            <button
                                type="button"
                                class="lang-button"
                                lang=lang.code()
                                data-testid=format!("{prefix}-lang-{}", lang.code())
                                aria-pressed=move || if pressed().map(|s| s.0) == Some(lang) { "true" } else { "false" }
                                on:click=move |_| chosen.set(Some(lang))
                            >
                                {lang.endonym()}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
        }
    });
    view! {
        <section class="card profile-card" aria-labelledby=labelled_by>
            <div class="card-title-row">
                <h2 id=title_id>{tr(heading)}</h2>
                {switches}
            </div>
            {move || {
                Fresh(shown().map(|(lang, body)| {
                    let note = (lang != i18n.lang()).then(|| view! {
                        <p class="text-lang-note" data-testid=format!("{prefix}-note")>
                            {t_args("profile-written-in", vec![("lang", Arg::Text(lang.code().to_owned()))])}
                        </p>
                    });
                    view! {
                        {note}
                        <p class="profile-description" lang=lang.code() data-testid=testid>{body}</p>
                    }
                }))
            }}
        </section>
    }
}

/// One contact person.
fn contact_card(
    contact: ContactPerson,
    known: ReadSignal<Option<Arc<Vec<glokal_api_types::LanguageItem>>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let languages = contact.languages.clone();
    let spoken = (!languages.is_empty())
        .then_some(move || languages_text(&known.get(), &languages, i18n.lang()));
    view! {
        <li class="contact-card">
            <p class="contact-name">{contact.name}</p>
            {contact.role.map(|role| view! { <p class="muted">{role}</p> })}
            {spoken.map(|s| view! { <p class="contact-langs">{s}</p> })}
            {contact.email.map(|mail| view! { <p><a href=format!("mailto:{mail}")>{mail.clone()}</a></p> })}
            {contact.phone.map(|tel| view! { <p>{tel}</p> })}
            {(contact.visibility == ContactVisibility::Members).then(|| view! {
                <p><span class="badge">{tr("profile-contact-members-only")}</span></p>
            })}
        </li>
    }
}

/// "Written in …" when a text is shown in another language than the UI's.
pub fn written_in(shown: Language, ui: Language) -> impl IntoView {
    (shown != ui).then(|| {
        view! {
            <p class="text-lang-note" data-testid="text-lang-note">
                {t_args("profile-written-in", vec![("lang", Arg::Text(shown.code().to_owned()))])}
            </p>
        }
    })
}

/// Products and services, each in the viewer's language where it exists.
fn offerings_card(offerings: Vec<Offering>) -> impl IntoView {
    let i18n = use_i18n();
    let items = move || {
        let ui = i18n.lang();
        Fresh(
            offerings
                .iter()
                .map(|offering| {
                    let name = offering.name.best(ui).map(|(l, t)| (l, t.to_owned()));
                    let text = offering.description.best(ui).map(|(l, t)| (l, t.to_owned()));
                    // The note names the first language that is not the viewer's.
                    let other = name
                        .as_ref()
                        .map(|n| n.0)
                        .filter(|l| *l != ui)
                        .or_else(|| text.as_ref().map(|t| t.0).filter(|l| *l != ui))
                        .unwrap_or(ui);
                    let kind = match offering.kind {
                        OfferingKind::Product => "offering-kind-product",
                        OfferingKind::Service => "offering-kind-service",
                    };
                    view! {
                        <li class="offering-item" data-testid="profile-offering">
                            <p class="offering-kind">{tr(kind)}</p>
                            {name.map(|(lang, name)| view! { <h3 class="offering-name" lang=lang.code()>{name}</h3> })}
                            {written_in(other, ui)}
                            {text.map(|(lang, text)| view! { <p class="offering-text" lang=lang.code()>{text}</p> })}
                        </li>
                    }
                })
                .collect_view(),
        )
    };
    view! {
        <section class="card profile-card" aria-labelledby="profile-offerings-title">
            <h2 id="profile-offerings-title">{tr("profile-offerings")}</h2>
            <ul class="offering-list" data-testid="profile-offerings">{items}</ul>
        </section>
    }
}

/// Certifications with their expiry dates; expired ones are marked.
fn certifications_card(entries: Vec<CertificationEntry>) -> impl IntoView {
    let i18n = use_i18n();
    let known = use_certifications();
    let today = today();
    let items = move || {
        let lang = i18n.lang();
        let known = known.get();
        Fresh(
            entries
                .iter()
                .map(|entry| {
                    let expired = entry.expires_on.zip(today).is_some_and(|(e, t)| e < t);
                    let expiry = entry.expires_on.map(|date| {
                        let id = if expired { "profile-certification-expired" } else { "profile-certification-valid" };
                        let text = t_args(id, vec![("date", Arg::Text(format_day(lang, date)))]);
                        view! { <span class="cert-expiry" class:cert-expiry-past=expired>{text}</span> }
                    });
                    let (name, topic) = certification_parts(&known, &entry.code, lang);
                    view! {
                        <li class="cert-item" class:cert-expired=expired data-code=entry.code.clone() data-expired=expired.to_string()>
                            <span class="cert-name"><strong>{name}</strong>{topic.map(|t| format!(" — {t}"))}</span>
                            {expiry}
                        </li>
                    }
                })
                .collect_view(),
        )
    };
    view! {
        <section class="card profile-card" aria-labelledby="profile-certs-title">
            <h2 id="profile-certs-title">{tr("profile-certifications")}</h2>
            <ul class="cert-list" data-testid="profile-certifications">{items}</ul>
        </section>
    }
}

/// Zoom level of the static map (a town and its surroundings).
const MAP_ZOOM: u32 = 12;

/// A small map of 3 × 2 tiles around the point with a marker on it (plain images, no script).
fn static_map(info: &ServerInfo, lat: f64, lon: f64, name: String) -> impl IntoView {
    let template = info.map_tiles_url.clone().unwrap_or_default();
    let n = f64::from(1u32 << MAP_ZOOM);
    let x = (lon + 180.0) / 360.0 * n;
    let lat_rad = lat.to_radians();
    // (The browser's Math, so that no second copy of these functions ends up in the bundle.)
    let (tan, cos) = (js_sys::Math::tan(lat_rad), js_sys::Math::cos(lat_rad));
    let y = (1.0 - js_sys::Math::log(tan + 1.0 / cos) / std::f64::consts::PI) / 2.0 * n;
    // The point lies in the middle column and, vertically, in the middle half.
    let left = x.floor() - 1.0;
    let top = if y.fract() < 0.5 {
        y.floor() - 1.0
    } else {
        y.floor()
    };
    let max = n as i64;
    let tiles = (0..2)
        .flat_map(|row| (0..3).map(move |col| (col, row)))
        .map(|(col, row)| {
            let tx = (left as i64 + col).rem_euclid(max);
            let ty = (top as i64 + row).clamp(0, max - 1);
            let src = template
                .replace("{z}", &MAP_ZOOM.to_string())
                .replace("{x}", &tx.to_string())
                .replace("{y}", &ty.to_string())
                .replace("{s}", "a");
            view! { <img src=src alt="" width="256" height="256" draggable="false" /> }
        })
        .collect_view();
    let marker_left = format!("{:.3}%", (x - left) / 3.0 * 100.0);
    let marker_top = format!("{:.3}%", (y - top) / 2.0 * 100.0);
    let label = t_args("profile-map-alt", vec![("name", Arg::Text(name))]);
    view! {
        <figure class="static-map" data-testid="profile-map">
            <div class="static-map-frame" role="img" aria-label=label>
                <div class="static-map-tiles">{tiles}</div>
                <span class="static-map-marker" style:left=marker_left style:top=marker_top></span>
            </div>
            <figcaption class="static-map-credit" data-testid="profile-map-credit">{info.map_attribution.clone()}</figcaption>
        </figure>
    }
}
