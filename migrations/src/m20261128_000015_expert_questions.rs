//! "Ask an expert": questions can be closed by the institution asked (a new message reopens
//! them) and handed over to another institution, each hand-over recorded.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            ColumnDef::new(Conversations::ClosedAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
            ColumnDef::new(Conversations::ClosedBy)
                .uuid()
                .null()
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Conversations::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(ConversationHandoffs::Table)
                    .col(uuid(ConversationHandoffs::Id).primary_key())
                    .col(uuid(ConversationHandoffs::ConversationId))
                    .col(uuid_null(ConversationHandoffs::FromOrganizationId))
                    .col(uuid_null(ConversationHandoffs::ToOrganizationId))
                    .col(uuid_null(ConversationHandoffs::ByUserId))
                    .col(text_null(ConversationHandoffs::Note))
                    .col(timestamp_with_time_zone(ConversationHandoffs::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                ConversationHandoffs::Table,
                                ConversationHandoffs::ConversationId,
                            )
                            .to(Conversations::Table, Conversations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_conversation_handoffs_conversation")
                    .table(ConversationHandoffs::Table)
                    .col(ConversationHandoffs::ConversationId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ConversationHandoffs::Table).to_owned())
            .await?;
        for column in [Conversations::ClosedAt, Conversations::ClosedBy] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Conversations::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Conversations {
    Table,
    Id,
    ClosedAt,
    ClosedBy,
}

#[derive(DeriveIden)]
enum ConversationHandoffs {
    Table,
    Id,
    ConversationId,
    FromOrganizationId,
    ToOrganizationId,
    ByUserId,
    Note,
    CreatedAt,
}
