//! Moderation: hidden organisations and opportunities (with the reason), suspended
//! organisations, the first look at new organisations, reports on profiles and offers, and
//! the audit log of every moderation action.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            ColumnDef::new(Organizations::HiddenAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
            ColumnDef::new(Organizations::HiddenReason)
                .text()
                .null()
                .to_owned(),
            ColumnDef::new(Organizations::SuspendedAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
            ColumnDef::new(Organizations::ReviewedAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Organizations::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        // What exists already has been looked at: only new organisations wait in the queue.
        manager
            .get_connection()
            .execute_unprepared("UPDATE organizations SET reviewed_at = created_at")
            .await?;
        for column in [
            ColumnDef::new(Opportunities::HiddenAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
            ColumnDef::new(Opportunities::HiddenReason)
                .text()
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
            .create_table(
                Table::create()
                    .table(ContentReports::Table)
                    .col(uuid(ContentReports::Id).primary_key())
                    .col(string_len(ContentReports::TargetType, 32))
                    .col(uuid(ContentReports::TargetId))
                    .col(uuid_null(ContentReports::ReporterUserId))
                    .col(text(ContentReports::Reason))
                    .col(string_len(ContentReports::Status, 16))
                    .col(uuid_null(ContentReports::ResolvedBy))
                    .col(timestamp_with_time_zone_null(ContentReports::ResolvedAt))
                    .col(timestamp_with_time_zone(ContentReports::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ContentReports::Table, ContentReports::ReporterUserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_content_reports_target")
                    .table(ContentReports::Table)
                    .col(ContentReports::TargetType)
                    .col(ContentReports::TargetId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ModerationLog::Table)
                    .col(uuid(ModerationLog::Id).primary_key())
                    .col(uuid_null(ModerationLog::ActorUserId))
                    .col(string_len(ModerationLog::Action, 32))
                    .col(string_len(ModerationLog::TargetType, 32))
                    .col(uuid(ModerationLog::TargetId))
                    .col(string_len(ModerationLog::TargetName, 200))
                    .col(text(ModerationLog::Reason))
                    .col(timestamp_with_time_zone(ModerationLog::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_moderation_log_created")
                    .table(ModerationLog::Table)
                    .col(ModerationLog::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ModerationLog::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ContentReports::Table).to_owned())
            .await?;
        for column in [Opportunities::HiddenAt, Opportunities::HiddenReason] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Opportunities::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for column in [
            Organizations::HiddenAt,
            Organizations::HiddenReason,
            Organizations::SuspendedAt,
            Organizations::ReviewedAt,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Organizations::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Organizations {
    Table,
    HiddenAt,
    HiddenReason,
    SuspendedAt,
    ReviewedAt,
}

#[derive(DeriveIden)]
enum Opportunities {
    Table,
    HiddenAt,
    HiddenReason,
}

#[derive(DeriveIden)]
enum ContentReports {
    Table,
    Id,
    TargetType,
    TargetId,
    ReporterUserId,
    Reason,
    Status,
    ResolvedBy,
    ResolvedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ModerationLog {
    Table,
    Id,
    ActorUserId,
    Action,
    TargetType,
    TargetId,
    TargetName,
    Reason,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}
