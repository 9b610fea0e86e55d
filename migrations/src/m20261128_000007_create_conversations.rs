//! Contact and messaging: conversations between two organisations, their messages and
//! attachments, per-user read markers, blocks between organisations, abuse reports, and the
//! generic in-app notifications (also used later by shortage alerts and saved searches).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The two sides are kept when an organisation is deleted (SET NULL): the other side
        // keeps its history, and the recorded countries keep counting for the indicators.
        manager
            .create_table(
                Table::create()
                    .table(Conversations::Table)
                    .col(uuid(Conversations::Id).primary_key())
                    .col(string_len(Conversations::Kind, 16))
                    .col(string_len_null(Conversations::Subject, 200))
                    .col(uuid_null(Conversations::InitiatorOrganizationId))
                    .col(uuid_null(Conversations::RecipientOrganizationId))
                    .col(string_len(Conversations::InitiatorCountry, 2))
                    .col(string_len(Conversations::RecipientCountry, 2))
                    .col(boolean(Conversations::CrossBorder))
                    .col(uuid_null(Conversations::OpportunityId))
                    .col(string_len(Conversations::ThreadKey, 120).unique_key())
                    .col(string_len(Conversations::FirstMessageHash, 64))
                    .col(uuid_null(Conversations::StartedBy))
                    .col(timestamp_with_time_zone_null(
                        Conversations::InitiatorArchivedAt,
                    ))
                    .col(timestamp_with_time_zone_null(
                        Conversations::RecipientArchivedAt,
                    ))
                    .col(timestamp_with_time_zone(Conversations::LastMessageAt))
                    .col(text(Conversations::LastMessagePreview))
                    .col(uuid_null(Conversations::LastSenderOrganizationId))
                    .col(integer(Conversations::MessageCount).default(0))
                    .col(boolean(Conversations::Demo).default(false))
                    .col(timestamp_with_time_zone(Conversations::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Conversations::Table, Conversations::InitiatorOrganizationId)
                            .to(Organizations::Table, Organizations::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Conversations::Table, Conversations::RecipientOrganizationId)
                            .to(Organizations::Table, Organizations::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Conversations::Table, Conversations::OpportunityId)
                            .to(Opportunities::Table, Opportunities::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Conversations::Table, Conversations::StartedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        // Inboxes by side, newest first; the daily limit and the duplicate check look back 24 h;
        // the indicators count by creation time.
        let indexes: [(&str, &[Conversations]); 5] = [
            (
                "idx_conversations_initiator",
                &[
                    Conversations::InitiatorOrganizationId,
                    Conversations::LastMessageAt,
                ],
            ),
            (
                "idx_conversations_recipient",
                &[
                    Conversations::RecipientOrganizationId,
                    Conversations::LastMessageAt,
                ],
            ),
            (
                "idx_conversations_initiator_created",
                &[
                    Conversations::InitiatorOrganizationId,
                    Conversations::CreatedAt,
                ],
            ),
            (
                "idx_conversations_first_message",
                &[Conversations::FirstMessageHash, Conversations::CreatedAt],
            ),
            ("idx_conversations_created", &[Conversations::CreatedAt]),
        ];
        for (name, columns) in indexes {
            let mut index = Index::create()
                .name(name)
                .table(Conversations::Table)
                .to_owned();
            for column in columns {
                index.col(*column);
            }
            manager.create_index(index).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(ConversationMessages::Table)
                    .col(uuid(ConversationMessages::Id).primary_key())
                    .col(uuid(ConversationMessages::ConversationId))
                    .col(uuid_null(ConversationMessages::SenderOrganizationId))
                    .col(uuid_null(ConversationMessages::SenderUserId))
                    .col(text(ConversationMessages::Body))
                    .col(timestamp_with_time_zone(ConversationMessages::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                ConversationMessages::Table,
                                ConversationMessages::ConversationId,
                            )
                            .to(Conversations::Table, Conversations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                ConversationMessages::Table,
                                ConversationMessages::SenderOrganizationId,
                            )
                            .to(Organizations::Table, Organizations::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                ConversationMessages::Table,
                                ConversationMessages::SenderUserId,
                            )
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_conversation_messages_thread")
                    .table(ConversationMessages::Table)
                    .col(ConversationMessages::ConversationId)
                    .col(ConversationMessages::CreatedAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ConversationReads::Table)
                    .col(uuid(ConversationReads::ConversationId))
                    .col(uuid(ConversationReads::UserId))
                    .col(timestamp_with_time_zone(ConversationReads::LastReadAt))
                    .primary_key(
                        Index::create()
                            .col(ConversationReads::ConversationId)
                            .col(ConversationReads::UserId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ConversationReads::Table, ConversationReads::ConversationId)
                            .to(Conversations::Table, Conversations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ConversationReads::Table, ConversationReads::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(MessageAttachments::Table)
                    .col(uuid(MessageAttachments::Id).primary_key())
                    .col(uuid_null(MessageAttachments::MessageId))
                    .col(uuid_null(MessageAttachments::UploadedBy))
                    .col(string_len(MessageAttachments::FileName, 200))
                    .col(string_len(MessageAttachments::ContentType, 40))
                    .col(big_integer(MessageAttachments::SizeBytes))
                    .col(string_len(MessageAttachments::Sha256, 64))
                    .col(timestamp_with_time_zone(MessageAttachments::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(MessageAttachments::Table, MessageAttachments::MessageId)
                            .to(ConversationMessages::Table, ConversationMessages::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MessageAttachments::Table, MessageAttachments::UploadedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            (
                "idx_message_attachments_message",
                [MessageAttachments::MessageId, MessageAttachments::CreatedAt],
            ),
            (
                "idx_message_attachments_uploader",
                [
                    MessageAttachments::UploadedBy,
                    MessageAttachments::CreatedAt,
                ],
            ),
        ] {
            let mut index = Index::create()
                .name(name)
                .table(MessageAttachments::Table)
                .to_owned();
            for column in columns {
                index.col(column);
            }
            manager.create_index(index).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(OrganizationBlocks::Table)
                    .col(uuid(OrganizationBlocks::OrganizationId))
                    .col(uuid(OrganizationBlocks::BlockedOrganizationId))
                    .col(uuid_null(OrganizationBlocks::CreatedBy))
                    .col(timestamp_with_time_zone(OrganizationBlocks::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(OrganizationBlocks::OrganizationId)
                            .col(OrganizationBlocks::BlockedOrganizationId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                OrganizationBlocks::Table,
                                OrganizationBlocks::OrganizationId,
                            )
                            .to(Organizations::Table, Organizations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                OrganizationBlocks::Table,
                                OrganizationBlocks::BlockedOrganizationId,
                            )
                            .to(Organizations::Table, Organizations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(OrganizationBlocks::Table, OrganizationBlocks::CreatedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ConversationReports::Table)
                    .col(uuid(ConversationReports::Id).primary_key())
                    .col(uuid(ConversationReports::ConversationId))
                    .col(uuid_null(ConversationReports::ReporterOrganizationId))
                    .col(uuid_null(ConversationReports::ReporterUserId))
                    .col(text(ConversationReports::Reason))
                    .col(string_len(ConversationReports::Status, 16))
                    .col(string_len_null(ConversationReports::Outcome, 16))
                    .col(text_null(ConversationReports::Note))
                    .col(uuid_null(ConversationReports::ResolvedBy))
                    .col(timestamp_with_time_zone_null(
                        ConversationReports::ResolvedAt,
                    ))
                    .col(timestamp_with_time_zone(ConversationReports::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                ConversationReports::Table,
                                ConversationReports::ConversationId,
                            )
                            .to(Conversations::Table, Conversations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                ConversationReports::Table,
                                ConversationReports::ReporterOrganizationId,
                            )
                            .to(Organizations::Table, Organizations::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                ConversationReports::Table,
                                ConversationReports::ReporterUserId,
                            )
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ConversationReports::Table, ConversationReports::ResolvedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            (
                "idx_conversation_reports_status",
                [ConversationReports::Status, ConversationReports::CreatedAt],
            ),
            (
                "idx_conversation_reports_conversation",
                [
                    ConversationReports::ConversationId,
                    ConversationReports::Status,
                ],
            ),
        ] {
            let mut index = Index::create()
                .name(name)
                .table(ConversationReports::Table)
                .to_owned();
            for column in columns {
                index.col(column);
            }
            manager.create_index(index).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(Notifications::Table)
                    .col(uuid(Notifications::Id).primary_key())
                    .col(uuid(Notifications::UserId))
                    .col(string_len(Notifications::Kind, 40))
                    .col(string_len_null(Notifications::TitleKey, 80))
                    .col(string_len_null(Notifications::BodyKey, 80))
                    .col(text(Notifications::Params))
                    .col(text_null(Notifications::Texts))
                    .col(string_len_null(Notifications::Link, 300))
                    .col(string_len_null(Notifications::GroupKey, 100))
                    .col(timestamp_with_time_zone_null(Notifications::ReadAt))
                    .col(timestamp_with_time_zone_null(Notifications::MailedAt))
                    .col(timestamp_with_time_zone(Notifications::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Notifications::Table, Notifications::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            (
                "idx_notifications_user",
                [Notifications::UserId, Notifications::CreatedAt],
            ),
            (
                "idx_notifications_user_unread",
                [Notifications::UserId, Notifications::ReadAt],
            ),
            (
                "idx_notifications_user_group",
                [Notifications::UserId, Notifications::GroupKey],
            ),
        ] {
            let mut index = Index::create()
                .name(name)
                .table(Notifications::Table)
                .to_owned();
            for column in columns {
                index.col(column);
            }
            manager.create_index(index).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Notifications::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ConversationReports::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(OrganizationBlocks::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(MessageAttachments::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ConversationReads::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ConversationMessages::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Conversations::Table).to_owned())
            .await?;
        Ok(())
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
enum Opportunities {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum Conversations {
    Table,
    Id,
    Kind,
    Subject,
    InitiatorOrganizationId,
    RecipientOrganizationId,
    InitiatorCountry,
    RecipientCountry,
    CrossBorder,
    OpportunityId,
    ThreadKey,
    FirstMessageHash,
    StartedBy,
    InitiatorArchivedAt,
    RecipientArchivedAt,
    LastMessageAt,
    LastMessagePreview,
    LastSenderOrganizationId,
    MessageCount,
    Demo,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ConversationMessages {
    Table,
    Id,
    ConversationId,
    SenderOrganizationId,
    SenderUserId,
    Body,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ConversationReads {
    Table,
    ConversationId,
    UserId,
    LastReadAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum MessageAttachments {
    Table,
    Id,
    MessageId,
    UploadedBy,
    FileName,
    ContentType,
    SizeBytes,
    Sha256,
    CreatedAt,
}

#[derive(DeriveIden)]
enum OrganizationBlocks {
    Table,
    OrganizationId,
    BlockedOrganizationId,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ConversationReports {
    Table,
    Id,
    ConversationId,
    ReporterOrganizationId,
    ReporterUserId,
    Reason,
    Status,
    Outcome,
    Note,
    ResolvedBy,
    ResolvedAt,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Notifications {
    Table,
    Id,
    UserId,
    Kind,
    TitleKey,
    BodyKey,
    Params,
    Texts,
    Link,
    GroupKey,
    ReadAt,
    MailedAt,
    CreatedAt,
}
