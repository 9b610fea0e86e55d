//! Matches and alerts: certifications an opportunity asks for and when its shortage alert went
//! out, dismissed match suggestions, notification preferences per channel, saved searches, and
//! the `List-Unsubscribe` link of an outgoing mail, and hidden notifications (mail throttling
//! only).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        for column in [
            ColumnDef::new(Opportunities::Certifications)
                .text()
                .not_null()
                .default("")
                .to_owned(),
            ColumnDef::new(Opportunities::AlertSentAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Opportunities::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(MailOutbox::Table)
                    .add_column(ColumnDef::new(MailOutbox::UnsubscribeUrl).text().null())
                    .to_owned(),
            )
            .await?;
        // A notification kept only to throttle mails, for someone who turned the app channel off.
        manager
            .alter_table(
                Table::alter()
                    .table(Notifications::Table)
                    .add_column(
                        ColumnDef::new(Notifications::Hidden)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(MatchDismissals::Table)
                    .col(uuid(MatchDismissals::OpportunityId))
                    .col(string_len(MatchDismissals::TargetType, 16))
                    .col(uuid(MatchDismissals::TargetId))
                    .col(uuid_null(MatchDismissals::DismissedBy))
                    .col(timestamp_with_time_zone(MatchDismissals::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(MatchDismissals::OpportunityId)
                            .col(MatchDismissals::TargetType)
                            .col(MatchDismissals::TargetId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MatchDismissals::Table, MatchDismissals::OpportunityId)
                            .to(Opportunities::Table, Opportunities::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MatchDismissals::Table, MatchDismissals::DismissedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(NotificationPreferences::Table)
                    .col(uuid(NotificationPreferences::UserId))
                    .col(string_len(NotificationPreferences::Category, 32))
                    .col(boolean(NotificationPreferences::InApp))
                    .col(boolean(NotificationPreferences::Email))
                    .col(timestamp_with_time_zone(NotificationPreferences::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(NotificationPreferences::UserId)
                            .col(NotificationPreferences::Category),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                NotificationPreferences::Table,
                                NotificationPreferences::UserId,
                            )
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SavedSearches::Table)
                    .col(uuid(SavedSearches::Id).primary_key())
                    .col(uuid(SavedSearches::UserId))
                    .col(string_len(SavedSearches::Name, 100))
                    .col(text(SavedSearches::Query))
                    .col(string_len(SavedSearches::Frequency, 16))
                    .col(boolean(SavedSearches::Email))
                    .col(timestamp_with_time_zone(SavedSearches::CheckedUntil))
                    .col(timestamp_with_time_zone(SavedSearches::NextRunAt))
                    .col(timestamp_with_time_zone_null(SavedSearches::LastSentAt))
                    .col(integer(SavedSearches::LastHitCount).default(0))
                    .col(timestamp_with_time_zone(SavedSearches::CreatedAt))
                    .col(timestamp_with_time_zone(SavedSearches::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SavedSearches::Table, SavedSearches::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_saved_searches_user")
                    .table(SavedSearches::Table)
                    .col(SavedSearches::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_saved_searches_next_run")
                    .table(SavedSearches::Table)
                    .col(SavedSearches::NextRunAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            SavedSearches::Table.into_iden(),
            NotificationPreferences::Table.into_iden(),
            MatchDismissals::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Notifications::Table)
                    .drop_column(Notifications::Hidden)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(MailOutbox::Table)
                    .drop_column(MailOutbox::UnsubscribeUrl)
                    .to_owned(),
            )
            .await?;
        for column in [Opportunities::AlertSentAt, Opportunities::Certifications] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Opportunities::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Opportunities {
    Table,
    Id,
    Certifications,
    AlertSentAt,
}

#[derive(DeriveIden)]
enum MailOutbox {
    Table,
    UnsubscribeUrl,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Hidden,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum MatchDismissals {
    Table,
    OpportunityId,
    TargetType,
    TargetId,
    DismissedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum NotificationPreferences {
    Table,
    UserId,
    Category,
    InApp,
    Email,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SavedSearches {
    Table,
    Id,
    UserId,
    Name,
    Query,
    Frequency,
    Email,
    CheckedUntil,
    NextRunAt,
    LastSentAt,
    LastHitCount,
    CreatedAt,
    UpdatedAt,
}
