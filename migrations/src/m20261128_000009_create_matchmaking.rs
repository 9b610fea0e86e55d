//! The Kooperationsbörse (B2B matchmaking) of an event: its settings (days, slot length,
//! breaks, tables, limits), the participants' event profiles, meeting requests, the scheduled
//! meetings (draft and published placement side by side), the ratings after the event and the
//! marker of the 3-month follow-up mail. A participant is a confirmed registration: every table
//! refers to `event_registrations.id` and goes with it.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(MatchmakingSettings::Table)
                    .col(uuid(MatchmakingSettings::EventId).primary_key())
                    .col(text(MatchmakingSettings::Days))
                    .col(text(MatchmakingSettings::Breaks))
                    .col(integer(MatchmakingSettings::SlotMinutes))
                    .col(integer(MatchmakingSettings::Tables))
                    .col(integer(MatchmakingSettings::InterpreterTables).default(0))
                    .col(integer(MatchmakingSettings::MaxMeetings))
                    .col(integer(MatchmakingSettings::RequestExpiryHours))
                    .col(timestamp_with_time_zone(
                        MatchmakingSettings::BookingDeadline,
                    ))
                    .col(timestamp_with_time_zone_null(
                        MatchmakingSettings::DraftGeneratedAt,
                    ))
                    .col(timestamp_with_time_zone_null(
                        MatchmakingSettings::SchedulePublishedAt,
                    ))
                    .col(timestamp_with_time_zone(MatchmakingSettings::CreatedAt))
                    .col(timestamp_with_time_zone(MatchmakingSettings::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(MatchmakingSettings::Table, MatchmakingSettings::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(MatchmakingProfiles::Table)
                    .col(uuid(MatchmakingProfiles::RegistrationId).primary_key())
                    .col(uuid(MatchmakingProfiles::EventId))
                    .col(text(MatchmakingProfiles::Offer))
                    .col(text(MatchmakingProfiles::Seek))
                    .col(text(MatchmakingProfiles::Keywords))
                    .col(text(MatchmakingProfiles::NaceCodes))
                    .col(text(MatchmakingProfiles::Languages))
                    .col(text_null(MatchmakingProfiles::Available))
                    .col(integer_null(MatchmakingProfiles::MaxMeetings))
                    .col(timestamp_with_time_zone(MatchmakingProfiles::CreatedAt))
                    .col(timestamp_with_time_zone(MatchmakingProfiles::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                MatchmakingProfiles::Table,
                                MatchmakingProfiles::RegistrationId,
                            )
                            .to(EventRegistrations::Table, EventRegistrations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MatchmakingProfiles::Table, MatchmakingProfiles::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_matchmaking_profiles_event")
                    .table(MatchmakingProfiles::Table)
                    .col(MatchmakingProfiles::EventId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(MeetingRequests::Table)
                    .col(uuid(MeetingRequests::Id).primary_key())
                    .col(uuid(MeetingRequests::EventId))
                    .col(uuid(MeetingRequests::SenderId))
                    .col(uuid(MeetingRequests::RecipientId))
                    .col(text_null(MeetingRequests::Message))
                    .col(string_len(MeetingRequests::Status, 16))
                    .col(timestamp_with_time_zone(MeetingRequests::ExpiresAt))
                    .col(timestamp_with_time_zone_null(MeetingRequests::AnsweredAt))
                    .col(timestamp_with_time_zone(MeetingRequests::CreatedAt))
                    .col(timestamp_with_time_zone(MeetingRequests::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(MeetingRequests::Table, MeetingRequests::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MeetingRequests::Table, MeetingRequests::SenderId)
                            .to(EventRegistrations::Table, EventRegistrations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MeetingRequests::Table, MeetingRequests::RecipientId)
                            .to(EventRegistrations::Table, EventRegistrations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_meeting_requests_event", MeetingRequests::EventId),
            ("idx_meeting_requests_sender", MeetingRequests::SenderId),
            (
                "idx_meeting_requests_recipient",
                MeetingRequests::RecipientId,
            ),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(MeetingRequests::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(Meetings::Table)
                    .col(uuid(Meetings::Id).primary_key())
                    .col(uuid(Meetings::EventId))
                    .col(uuid(Meetings::RequestId))
                    .col(integer_null(Meetings::DraftSlot))
                    .col(integer_null(Meetings::DraftTable))
                    .col(boolean(Meetings::DraftInterpreterMissing).default(false))
                    .col(string_len_null(Meetings::DraftReason, 32))
                    .col(integer_null(Meetings::PublishedSlot))
                    .col(integer_null(Meetings::PublishedTable))
                    .col(boolean(Meetings::PublishedInterpreterMissing).default(false))
                    .col(timestamp_with_time_zone(Meetings::CreatedAt))
                    .col(timestamp_with_time_zone(Meetings::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Meetings::Table, Meetings::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Meetings::Table, Meetings::RequestId)
                            .to(MeetingRequests::Table, MeetingRequests::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // One meeting per accepted request.
        manager
            .create_index(
                Index::create()
                    .name("idx_meetings_request")
                    .table(Meetings::Table)
                    .col(Meetings::RequestId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_meetings_event")
                    .table(Meetings::Table)
                    .col(Meetings::EventId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(MeetingRatings::Table)
                    .col(uuid(MeetingRatings::MeetingId))
                    .col(uuid(MeetingRatings::ParticipantId))
                    .col(string_len(MeetingRatings::Outcome, 32))
                    .col(timestamp_with_time_zone(MeetingRatings::CreatedAt))
                    .col(timestamp_with_time_zone(MeetingRatings::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(MeetingRatings::MeetingId)
                            .col(MeetingRatings::ParticipantId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MeetingRatings::Table, MeetingRatings::MeetingId)
                            .to(Meetings::Table, Meetings::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MeetingRatings::Table, MeetingRatings::ParticipantId)
                            .to(EventRegistrations::Table, EventRegistrations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(MatchmakingFollowUps::Table)
                    .col(uuid(MatchmakingFollowUps::ParticipantId).primary_key())
                    .col(uuid(MatchmakingFollowUps::EventId))
                    .col(timestamp_with_time_zone(MatchmakingFollowUps::SentAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                MatchmakingFollowUps::Table,
                                MatchmakingFollowUps::ParticipantId,
                            )
                            .to(EventRegistrations::Table, EventRegistrations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MatchmakingFollowUps::Table, MatchmakingFollowUps::EventId)
                            .to(Events::Table, Events::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MatchmakingFollowUps::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(MeetingRatings::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Meetings::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(MeetingRequests::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(MatchmakingProfiles::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(MatchmakingSettings::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum EventRegistrations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum MatchmakingSettings {
    Table,
    EventId,
    Days,
    Breaks,
    SlotMinutes,
    Tables,
    InterpreterTables,
    MaxMeetings,
    RequestExpiryHours,
    BookingDeadline,
    DraftGeneratedAt,
    SchedulePublishedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum MatchmakingProfiles {
    Table,
    RegistrationId,
    EventId,
    Offer,
    Seek,
    Keywords,
    NaceCodes,
    Languages,
    Available,
    MaxMeetings,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum MeetingRequests {
    Table,
    Id,
    EventId,
    SenderId,
    RecipientId,
    Message,
    Status,
    ExpiresAt,
    AnsweredAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Meetings {
    Table,
    Id,
    EventId,
    RequestId,
    DraftSlot,
    DraftTable,
    DraftInterpreterMissing,
    DraftReason,
    PublishedSlot,
    PublishedTable,
    PublishedInterpreterMissing,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum MeetingRatings {
    Table,
    MeetingId,
    ParticipantId,
    Outcome,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum MatchmakingFollowUps {
    Table,
    ParticipantId,
    EventId,
    SentAt,
}
