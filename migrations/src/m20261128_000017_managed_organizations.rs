//! Organisations created through an institution's API token (scope `organizations:write`)
//! are managed by that institution: its CRM may keep them up to date until an owner of the
//! organisation ends the management.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Organizations::Table)
                    .add_column(uuid_null(Organizations::ManagedBy))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_organizations_managed_by")
                    .table(Organizations::Table)
                    .col(Organizations::ManagedBy)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_organizations_managed_by")
                    .table(Organizations::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Organizations::Table)
                    .drop_column(Organizations::ManagedBy)
                    .to_owned(),
            )
            .await
            .map(|_| ())
    }
}

#[derive(DeriveIden)]
enum Organizations {
    Table,
    ManagedBy,
}
