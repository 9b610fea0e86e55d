//! Offers and requests ("opportunities") of organisations.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Opportunities::Table)
                    .col(uuid(Opportunities::Id).primary_key())
                    .col(uuid(Opportunities::OrganizationId))
                    .col(uuid_null(Opportunities::CreatedBy))
                    .col(string_len(Opportunities::Type, 32))
                    .col(string_len(Opportunities::Status, 16))
                    .col(text(Opportunities::Title))
                    .col(text(Opportunities::Body))
                    .col(text(Opportunities::NaceCodes))
                    .col(text(Opportunities::Keywords))
                    .col(double_null(Opportunities::Quantity))
                    .col(string_len_null(Opportunities::Unit, 30))
                    .col(date(Opportunities::ValidUntil))
                    .col(date_null(Opportunities::NeededBy))
                    .col(text_null(Opportunities::Capacity))
                    .col(text(Opportunities::TargetCountries))
                    .col(boolean(Opportunities::CrossBorderOnly).default(false))
                    .col(integer_null(Opportunities::MaxDistanceKm))
                    .col(string_len_null(Opportunities::CloseOutcome, 32))
                    .col(boolean(Opportunities::Demo).default(false))
                    .col(timestamp_with_time_zone_null(Opportunities::PublishedAt))
                    .col(timestamp_with_time_zone_null(Opportunities::ClosedAt))
                    .col(timestamp_with_time_zone(Opportunities::CreatedAt))
                    .col(timestamp_with_time_zone(Opportunities::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Opportunities::Table, Opportunities::OrganizationId)
                            .to(Organizations::Table, Organizations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Opportunities::Table, Opportunities::CreatedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        // The public list filters on status + valid_until ("open"), sorts by publication or
        // deadline; an organisation's page filters by organisation.
        let indexes: [(&str, &[Opportunities]); 5] = [
            (
                "idx_opportunities_open",
                &[Opportunities::Status, Opportunities::ValidUntil],
            ),
            (
                "idx_opportunities_organization",
                &[Opportunities::OrganizationId, Opportunities::Status],
            ),
            (
                "idx_opportunities_type",
                &[Opportunities::Type, Opportunities::Status],
            ),
            ("idx_opportunities_published", &[Opportunities::PublishedAt]),
            (
                "idx_opportunities_valid_until",
                &[Opportunities::ValidUntil],
            ),
        ];
        for (name, columns) in indexes {
            let mut index = Index::create()
                .name(name)
                .table(Opportunities::Table)
                .to_owned();
            for column in columns {
                index.col(*column);
            }
            manager.create_index(index).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Opportunities::Table).to_owned())
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

#[derive(DeriveIden, Clone, Copy)]
enum Opportunities {
    Table,
    Id,
    OrganizationId,
    CreatedBy,
    Type,
    Status,
    Title,
    Body,
    NaceCodes,
    Keywords,
    Quantity,
    Unit,
    ValidUntil,
    NeededBy,
    Capacity,
    TargetCountries,
    CrossBorderOnly,
    MaxDistanceKm,
    CloseOutcome,
    Demo,
    PublishedAt,
    ClosedAt,
    CreatedAt,
    UpdatedAt,
}
