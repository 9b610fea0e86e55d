//! The search change feed: one row per change of an organisation or opportunity, written in
//! the same transaction as the change; every server process follows it by `seq` to keep
//! its own search index current.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SearchChanges::Table)
                    .col(big_pk_auto(SearchChanges::Seq))
                    .col(uuid_uniq(SearchChanges::Id))
                    .col(string_len(SearchChanges::EntityType, 20))
                    .col(uuid(SearchChanges::EntityId))
                    .col(timestamp_with_time_zone(SearchChanges::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_search_changes_created_at")
                    .table(SearchChanges::Table)
                    .col(SearchChanges::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SearchChanges::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum SearchChanges {
    Table,
    Seq,
    Id,
    EntityType,
    EntityId,
    CreatedAt,
}
