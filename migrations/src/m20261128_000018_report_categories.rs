//! Reports on profiles and offers name a category (spam, misleading, offensive, illegal,
//! other) beside the free-text reason.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ContentReports::Table)
                    .add_column(string_len(ContentReports::Category, 32).default("other"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ContentReports::Table)
                    .drop_column(ContentReports::Category)
                    .to_owned(),
            )
            .await
            .map(|_| ())
    }
}

#[derive(DeriveIden)]
enum ContentReports {
    Table,
    Category,
}
