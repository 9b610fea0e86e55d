//! Events (information days, Kooperationsbörsen, workshops, exhibitions) with co-organisers
//! and registrations incl. waiting list and check-in; mails in the outbox may carry one
//! attachment (the `.ics` of an event). Existing mails have none.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Events::Table)
                    .col(uuid(Events::Id).primary_key())
                    .col(uuid(Events::OrganizationId))
                    .col(string_len(Events::Kind, 16))
                    .col(string_len(Events::Status, 16))
                    .col(text(Events::Title))
                    .col(text(Events::Description))
                    .col(string_len_null(Events::VenueName, 200))
                    .col(string_len_null(Events::Street, 200))
                    .col(string_len_null(Events::PostalCode, 20))
                    .col(string_len_null(Events::City, 100))
                    .col(string_len_null(Events::Country, 2))
                    .col(integer_null(Events::PlaceId))
                    .col(string_len_null(Events::RegionCode, 8))
                    .col(double_null(Events::Lat))
                    .col(double_null(Events::Lon))
                    .col(string_len_null(Events::OnlineUrl, 300))
                    .col(timestamp_with_time_zone(Events::StartsAt))
                    .col(timestamp_with_time_zone(Events::EndsAt))
                    .col(text(Events::Languages))
                    .col(integer_null(Events::Capacity))
                    .col(timestamp_with_time_zone_null(Events::RegistrationDeadline))
                    .col(text(Events::Programme))
                    .col(boolean(Events::Matchmaking).default(false))
                    .col(integer(Events::Sequence).default(0))
                    .col(text_null(Events::CancellationReason))
                    .col(uuid_null(Events::CreatedBy))
                    .col(boolean(Events::Demo).default(false))
                    .col(timestamp_with_time_zone(Events::CreatedAt))
                    .col(timestamp_with_time_zone(Events::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Events::PublishedAt))
                    .col(timestamp_with_time_zone_null(Events::CancelledAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Events::Table, Events::OrganizationId)
                            .to(Organizations::Table, Organizations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Events::Table, Events::CreatedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_events_starts", Events::StartsAt),
            ("idx_events_organization", Events::OrganizationId),
            ("idx_events_status", Events::Status),
            ("idx_events_country", Events::Country),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Events::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(EventCoOrganizers::Table)
                    .col(uuid(EventCoOrganizers::EventId))
                    .col(uuid(EventCoOrganizers::OrganizationId))
                    .primary_key(
                        Index::create()
                            .col(EventCoOrganizers::EventId)
                            .col(EventCoOrganizers::OrganizationId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(EventCoOrganizers::Table, EventCoOrganizers::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(EventCoOrganizers::Table, EventCoOrganizers::OrganizationId)
                            .to(Organizations::Table, Organizations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_event_co_organizers_org")
                    .table(EventCoOrganizers::Table)
                    .col(EventCoOrganizers::OrganizationId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EventRegistrations::Table)
                    .col(uuid(EventRegistrations::Id).primary_key())
                    .col(uuid(EventRegistrations::EventId))
                    .col(uuid(EventRegistrations::UserId))
                    .col(uuid(EventRegistrations::OrganizationId))
                    .col(string_len(EventRegistrations::Status, 16))
                    .col(text_null(EventRegistrations::Note))
                    .col(timestamp_with_time_zone(EventRegistrations::RegisteredAt))
                    .col(timestamp_with_time_zone_null(
                        EventRegistrations::CheckedInAt,
                    ))
                    .col(timestamp_with_time_zone_null(
                        EventRegistrations::CancelledAt,
                    ))
                    .col(timestamp_with_time_zone(EventRegistrations::CreatedAt))
                    .col(timestamp_with_time_zone(EventRegistrations::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(EventRegistrations::Table, EventRegistrations::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(EventRegistrations::Table, EventRegistrations::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                EventRegistrations::Table,
                                EventRegistrations::OrganizationId,
                            )
                            .to(Organizations::Table, Organizations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // One registration per person and event (a cancelled one is reused on re-registration).
        manager
            .create_index(
                Index::create()
                    .name("idx_event_registrations_event_user")
                    .table(EventRegistrations::Table)
                    .col(EventRegistrations::EventId)
                    .col(EventRegistrations::UserId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_event_registrations_queue")
                    .table(EventRegistrations::Table)
                    .col(EventRegistrations::EventId)
                    .col(EventRegistrations::Status)
                    .col(EventRegistrations::RegisteredAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_event_registrations_user")
                    .table(EventRegistrations::Table)
                    .col(EventRegistrations::UserId)
                    .to_owned(),
            )
            .await?;
        // SQLite adds one column per ALTER TABLE.
        for column in [
            ColumnDef::new(MailOutbox::AttachmentName)
                .string_len(200)
                .null()
                .to_owned(),
            ColumnDef::new(MailOutbox::AttachmentContentType)
                .string_len(100)
                .null()
                .to_owned(),
            ColumnDef::new(MailOutbox::AttachmentBody)
                .text()
                .null()
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(MailOutbox::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            MailOutbox::AttachmentBody,
            MailOutbox::AttachmentContentType,
            MailOutbox::AttachmentName,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(MailOutbox::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(EventRegistrations::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(EventCoOrganizers::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Events::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organizations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum MailOutbox {
    Table,
    AttachmentName,
    AttachmentContentType,
    AttachmentBody,
}

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
    OrganizationId,
    Kind,
    Status,
    Title,
    Description,
    VenueName,
    Street,
    PostalCode,
    City,
    Country,
    PlaceId,
    RegionCode,
    Lat,
    Lon,
    OnlineUrl,
    StartsAt,
    EndsAt,
    Languages,
    Capacity,
    RegistrationDeadline,
    Programme,
    Matchmaking,
    Sequence,
    CancellationReason,
    CreatedBy,
    Demo,
    CreatedAt,
    UpdatedAt,
    PublishedAt,
    CancelledAt,
}

#[derive(DeriveIden)]
enum EventCoOrganizers {
    Table,
    EventId,
    OrganizationId,
}

#[derive(DeriveIden)]
enum EventRegistrations {
    Table,
    Id,
    EventId,
    UserId,
    OrganizationId,
    Status,
    Note,
    RegisteredAt,
    CheckedInAt,
    CancelledAt,
    CreatedAt,
    UpdatedAt,
}
